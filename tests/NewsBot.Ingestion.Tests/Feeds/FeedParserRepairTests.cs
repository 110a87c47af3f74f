using System.Text;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedParserRepairTests
{
    [Fact]
    public void Parse_StrayAmpersands_EscapedNotFatal()
    {
        var feed = FeedFixtures.ParseText("""
            <rss version="2.0"><channel><title>Fish & Chips Weekly</title>
            <item><title>Salt & vinegar &c.</title><link>https://fish.example/?a=1&b=2</link></item></channel></rss>
            """);

        Assert.Equal("Fish & Chips Weekly", feed.Title);
        Assert.Equal("Salt & vinegar &c.", feed.Items[0].Title);
        Assert.Equal("https://fish.example/?a=1&b=2", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_UnknownNamedEntity_KeptAsText()
    {
        var feed = FeedFixtures.ParseText("<rss><channel><title>Odd &madeup; entity</title></channel></rss>");

        Assert.Equal("Odd &madeup; entity", feed.Title);
    }

    [Fact]
    public void Parse_EntityDeclaredAsPlainTextInDoctype_Expanded()
    {
        var feed = FeedFixtures.ParseText("""
            <!DOCTYPE rss [ <!ENTITY site "tag:kestrel-post.example,"> ]>
            <rss><channel><item><guid isPermaLink="false">&site;2026:1</guid></item></channel></rss>
            """);

        Assert.Equal("tag:kestrel-post.example,2026:1", feed.Items[0].Id);
    }

    [Fact]
    public void Parse_NetscapeDoctype_StillParses()
    {
        var feed = FeedFixtures.ParseText("""
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Kestrel Post</title><item><title>Owls return</title></item></channel></rss>
            """);

        Assert.Equal("rss091", feed.Format);
        Assert.Equal("Kestrel Post", feed.Title);
        Assert.Single(feed.Items);
        Assert.Contains(feed.Warnings, w => w.Contains("DOCTYPE", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DeclaredUtf8ButWindows1252Bytes_RecoveredAsWindows1252()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>Caf\u00e9 \u201cLa Mer\u201d</title></channel></rss>";
        var bytes = CodePages.Windows1252.GetBytes(xml);

        var feed = new FeedParser().Parse(bytes, null);

        Assert.Equal("Caf\u00e9 \u201cLa Mer\u201d", feed.Title);
        Assert.Contains(feed.Warnings, w => w.Contains("windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DeclaredAsciiButUtf8Bytes_RecoveredAsUtf8()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"us-ascii\"?><rss><channel><title>Z\u00fcrich \u2013 Nachrichten</title></channel></rss>";

        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), null);

        Assert.Equal("Z\u00fcrich \u2013 Nachrichten", feed.Title);
        Assert.Contains(feed.Warnings, w => w.Contains("read as UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeaderCharset_WinsOverXmlDeclaration()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>\u00c5rhus Tidende</title></channel></rss>";
        var bytes = Encoding.Latin1.GetBytes(xml);

        var feed = new FeedParser().Parse(bytes, null, "iso-8859-1");

        Assert.Equal("\u00c5rhus Tidende", feed.Title);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Parse_C1ControlCharacters_MappedAsWindows1252()
    {
        var feed = FeedFixtures.ParseText("<rss><channel><title>don\u0092t panic</title></channel></rss>");

        Assert.Equal("don\u2019t panic", feed.Title);
    }

    [Fact]
    public void Parse_UndeclaredModulePrefix_StillRead()
    {
        var feed = FeedFixtures.ParseText("<rss><channel><item><title>Gull count</title><dc:creator>Ada Merriweather</dc:creator></item></channel></rss>");

        Assert.Equal("Ada Merriweather", feed.Items[0].Author);
    }

    [Fact]
    public void Parse_TruncatedFeed_KeepsItemsReadBeforeTheBreak()
    {
        var feed = FeedFixtures.Parse("truncated.xml");

        Assert.Equal("Saltmarsh Herald", feed.Title);
        Assert.Equal(["Tide tables published", "Seal colony counted"], feed.Items.Select(i => i.Title));
        Assert.Contains(feed.Warnings, w => w.Contains("kept the 2 items", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ItemWithMalformedMarkup_LosesOnlyThatItem()
    {
        var feed = FeedFixtures.Parse("garbage-item.xml");

        Assert.Equal("Thistledown Times", feed.Title);
        Assert.Equal(["Allotment prize for giant leek", "Bus route 9 restored"], feed.Items.Select(i => i.Title));
        Assert.Equal("Rhys Caldermoor", feed.Items[1].Author);
        Assert.Contains(feed.Warnings, w => w.Contains("resumed at the next item", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ItemWithGarbageDate_LosesOnlyThatField()
    {
        var feed = FeedFixtures.Parse("broken-item.xml");

        Assert.Equal(3, feed.Items.Count);
        Assert.Null(feed.Items[1].Published);
        Assert.Equal("Bakery wins award", feed.Items[1].Title);
        Assert.Equal(FeedFixtures.Utc("2026-11-25T08:00:00Z"), feed.Items[2].Published);
        Assert.Contains(feed.Warnings, w => w.StartsWith("Item 2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ContentLanguageHeader_UsedWhenFeedStatesNone()
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes("<rss><channel><title>Dorf</title></channel></rss>"), null, null, "de_CH");

        Assert.Equal("de-CH", feed.Language);
    }
}
