using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;
using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Tests.Commands;

public sealed class QuotesCommandTests
{
    [Fact]
    public async Task Quotes_LoopbackArticle_PostsAttributedQuotesForEveryone()
    {
        await using var bot = await CommandHarness.StartAsync();
        bot.Site.Map("/harbourline/ferry.html", LoopbackResponse.Text(InventedArticle.Page, "text/html; charset=utf-8"));
        var url = bot.Site.Url("/harbourline/ferry.html").AbsoluteUri;

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", url)));

        Assert.Equal(5, interaction.CallbackType);
        Assert.True(DiscordReply.IsEphemeral(interaction));
        var posted = Assert.Single(interaction.Followups);
        Assert.False(DiscordReply.IsEphemeral(posted));
        var embed = DiscordReply.Embed(posted);
        Assert.Equal(InventedArticle.Title, embed["title"]!.GetValue<string>());
        Assert.Equal(url, embed["url"]!.GetValue<string>());
        Assert.Contains($"“{InventedArticle.Quote}” — {InventedArticle.Speaker}, director of the harbour board", DiscordReply.Description(posted), StringComparison.Ordinal);
        Assert.Contains(InventedArticle.Outlet, embed["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", posted.Body["allowed_mentions"]!.ToJsonString());
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Quotes_KnownArticle_ServedFromStorageWithoutFetchingThePage()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = bot.Site.Url("/harbourline/stored.html").AbsoluteUri;
        await bot.StoreAsync(InventedArticle.Stored(url, bot.Site.Url("/harbourline/feed.xml").AbsoluteUri));

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", url + "?utm_source=newsletter")));

        var posted = Assert.Single(interaction.Followups);
        Assert.Contains("“Every crossing will run to a timetable people can trust” — Mara Lindqvist, director of the harbour board", DiscordReply.Description(posted), StringComparison.Ordinal);
        Assert.Equal("Greta Hale", DiscordReply.Embed(posted)["author"]!["name"]!.GetValue<string>());
        Assert.Empty(bot.Site.Requests);
    }

    [Fact]
    public async Task Quotes_NameResolvingToPrivateNetwork_RefusedWithTheClearPrivateMessage()
    {
        var settings = new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "false" };
        await using var bot = await CommandHarness.StartAsync(settings, services => services.AddSingleton<IHostResolver>(new PrivateNetworkResolver()));

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", "http://intranet.harbourline.test/payroll")));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Equal(ArticleQuoter.PrivateNetworkRefusal, interaction.Original!.Content);
        Assert.Empty(interaction.Followups);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Quotes_LoopbackServerWithGuardOn_RefusedAndNeverRequested()
    {
        await using var bot = await CommandHarness.StartAsync(new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "false" });
        bot.Site.Map("/harbourline/ferry.html", LoopbackResponse.Text(InventedArticle.Page, "text/html; charset=utf-8"));

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", bot.Site.Url("/harbourline/ferry.html").AbsoluteUri)));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Equal(ArticleQuoter.PrivateNetworkRefusal, interaction.Original!.Content);
        Assert.Empty(bot.Site.Requests);
    }

    [Fact]
    public async Task Quotes_NotAWebAddress_AnsweredAtOncePrivately()
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", "file:///etc/passwd")));

        Assert.Equal(4, interaction.CallbackType);
        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Contains("is not a web address; give an http(s) link", interaction.Original!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_PageMissing_OneLineWithTheReasonPrivately()
    {
        await using var bot = await CommandHarness.StartAsync();
        bot.Site.Map("/harbourline/gone.html", LoopbackResponse.Status(404));

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", bot.Site.Url("/harbourline/gone.html").AbsoluteUri)));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        var content = interaction.Original!.Content!;
        Assert.StartsWith("Could not read 127.0.0.1:", content, StringComparison.Ordinal);
        Assert.Contains("404", content, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', content);
        Assert.Empty(interaction.Followups);
    }

    [Fact]
    public async Task Quotes_EmptyPage_SaysThereIsNoTextPrivately()
    {
        await using var bot = await CommandHarness.StartAsync();
        bot.Site.Map("/harbourline/blank.html", LoopbackResponse.Text("<!DOCTYPE html><html><head><title>Harbourline</title></head><body></body></html>", "text/html; charset=utf-8"));

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", bot.Site.Url("/harbourline/blank.html").AbsoluteUri)));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.StartsWith("That page has no article text to quote", interaction.Original!.Content, StringComparison.Ordinal);
        Assert.Empty(interaction.Followups);
    }

    [Fact]
    public async Task Quotes_SixthCallWithinAMinute_RefusedWithRetryTime()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = bot.Site.Url("/harbourline/stored.html").AbsoluteUri;
        await bot.StoreAsync(InventedArticle.Stored(url, bot.Site.Url("/harbourline/feed.xml").AbsoluteUri));
        var first = bot.Clock.GetUtcNow();

        for (var i = 0; i < 5; i++)
            Assert.Single((await bot.SendAsync("quotes", CommandHarness.Options(("url", url)))).Followups);
        var sixth = await bot.SendAsync("quotes", CommandHarness.Options(("url", url)));

        Assert.Equal(4, sixth.CallbackType);
        Assert.True(DiscordReply.IsEphemeral(sixth));
        var match = System.Text.RegularExpressions.Regex.Match(sixth.Original!.Content!, "<t:([0-9]+):R>");
        Assert.True(match.Success, sixth.Original.Content);
        var retryAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(retryAt, first.AddSeconds(59), bot.Clock.GetUtcNow().AddSeconds(61));
    }

    /// <summary>An invented intranet name that resolves into 10.0.0.0/8, as a hostile link would.</summary>
    private sealed class PrivateNetworkResolver : IHostResolver
    {
        public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IPAddress>>([IPAddress.Parse("10.20.30.40")]);
    }
}
