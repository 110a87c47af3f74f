using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>Feeds written to attack the parser: entity bombs and external entities must be neutralised, reading nothing.</summary>
public sealed class FeedParserHostileTests
{
    private const int GuardMilliseconds = 10_000;

    [Fact(Timeout = GuardMilliseconds)]
    public async Task Parse_BillionLaughs_NotExpanded()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss><channel><title>&lol9;</title><item><title>Quiet item</title></item></channel></rss>";

        var feed = await Task.Run(() => FeedFixtures.ParseText(xml), TestContext.Current.CancellationToken);

        Assert.Equal("&lol9;", feed.Title);
        Assert.Equal("Quiet item", feed.Items[0].Title);
    }

    [Fact(Timeout = GuardMilliseconds)]
    public async Task Parse_ExternalFileEntity_ReadsNoFile()
    {
        var secretFile = Path.Combine(Path.GetTempPath(), $"newsbot-secret-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secretFile, "SECRET-MARKER-7731", TestContext.Current.CancellationToken);
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY secret SYSTEM "{new Uri(secretFile).AbsoluteUri}"> <!ENTITY passwd SYSTEM "file:///etc/passwd"> ]>
                <rss><channel><title>&secret;</title><item><title>&passwd;</title><description>&secret;</description></item></channel></rss>
                """;

            var feed = await Task.Run(() => FeedFixtures.ParseText(xml), TestContext.Current.CancellationToken);

            var everything = Flatten(feed);
            Assert.DoesNotContain("SECRET-MARKER-7731", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", everything, StringComparison.Ordinal);
            Assert.Equal("&secret;", feed.Title);
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact(Timeout = GuardMilliseconds)]
    public async Task Parse_ExternalHttpEntityAndDtd_MakesNoRequest()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "http://127.0.0.1:{port}/evil.dtd" [ <!ENTITY remote SYSTEM "http://127.0.0.1:{port}/leak"> <!ENTITY % param SYSTEM "http://127.0.0.1:{port}/param"> %param; ]>
                <rss><channel><title>&remote;</title><item><title>Still here</title></item></channel></rss>
                """;

            var feed = await Task.Run(() => FeedFixtures.ParseText(xml), TestContext.Current.CancellationToken);

            Assert.False(listener.Pending(), "The parser connected to the URL named by an external entity.");
            Assert.Equal("Still here", feed.Items[0].Title);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact(Timeout = GuardMilliseconds)]
    public async Task Parse_ManyDeclaredEntityReferences_ExpansionCapped()
    {
        var references = string.Concat(Enumerable.Repeat("&big;", 5000));
        var xml = $"<!DOCTYPE rss [<!ENTITY big \"{new string('x', 1000)}\">]><rss><channel><title>{references}</title></channel></rss>";

        var feed = await Task.Run(() => FeedFixtures.ParseText(xml), TestContext.Current.CancellationToken);

        Assert.True(feed.Title!.Length < 1_100_000 + references.Length, "Declared entities expanded past the cap.");
    }

    [Fact(Timeout = GuardMilliseconds)]
    public async Task Parse_DeeplyNestedMarkup_SkippedWithoutStackOverflow()
    {
        const int Depth = 200_000;
        var xml = "<rss><channel><item><title>Fine</title></item><item><description>"
            + string.Concat(Enumerable.Repeat("<b>", Depth)) + "deep" + string.Concat(Enumerable.Repeat("</b>", Depth))
            + "</description></item>" + string.Concat(Enumerable.Repeat("<channel>", Depth)) + "</channel></rss>";

        var feed = await Task.Run(() => FeedFixtures.ParseText(xml), TestContext.Current.CancellationToken);

        Assert.Equal("Fine", Assert.Single(feed.Items).Title);
        Assert.Contains(feed.Warnings, w => w.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ScriptLinksAndScriptBase_Dropped()
    {
        var feed = FeedFixtures.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="javascript:alert(1)//">
              <entry><title>Trap</title><link href="javascript:alert(2)"/><id>urn:trap</id></entry>
              <entry><title>Relative</title><link href="safe/page"/><id>urn:relative</id></entry>
            </feed>
            """, "https://owl-weekly.example/feed");

        Assert.Null(feed.Items[0].Link);
        Assert.Equal("https://owl-weekly.example/safe/page", feed.Items[1].Link);
    }

    private static string Flatten(Feed feed) =>
        string.Join("\n", new[] { feed.Title, feed.Subtitle, feed.Rights }.Concat(feed.Items.SelectMany(i => new[] { i.Title, i.Summary, i.Content })));
}
