using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Testing;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>Issue 14, item 1: nothing on the poll path throws out of a poll; a page's failure is the page's, a feed's is the feed's.</summary>
public sealed class FeedPollerFaultTests : IAsyncDisposable
{
    private static readonly DateTimeOffset AnHourAgo = PollingHarness.Start.AddHours(-1);
    private PollingHarness? _harness;

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
            await _harness.DisposeAsync();
    }

    private async Task<PollingHarness> StartAsync(Action<IServiceCollection>? replace = null)
    {
        _harness = await PollingHarness.StartWithAsync(replace ?? (_ => { }));
        return _harness;
    }

    private static FeedItemSpec Bridge(PollingHarness harness, string path = "/news/bridge.html") =>
        new("gazette-101", "Council approves a new footbridge over the Wend", harness.Url(path), AnHourAgo,
            "The council voted to build a footbridge.");

    private static string BridgePage(string quote = "We have waited long enough for this bridge") =>
        InventedFeeds.ArticlePage("Council approves a new footbridge over the Wend", "Halvard Quist", "the mayor of Brindlemoor", quote);

    [Fact]
    public async Task PollAsync_FeedDeclaresUtf7_StoresItsItemsInsteadOfThrowing()
    {
        var harness = await StartAsync();
        harness.ServePage("/news/bridge.html", BridgePage());
        var feed = InventedFeeds.Rss(Bridge(harness)).Replace("encoding=\"utf-8\"", "encoding=\"utf-7\"", StringComparison.Ordinal);
        harness.Server.Map("/feed.xml", LoopbackResponse.Bytes(Encoding.UTF8.GetBytes(feed), "application/rss+xml; charset=utf-7"));

        var result = await harness.PollAsync(harness.Url("/feed.xml"));

        Assert.Equal((1, null as string), (result.NewArticles, result.Error));
        Assert.Single(harness.Articles.Articles);
    }

    [Fact]
    public async Task PollAsync_PageDeclaresUtf7_StoresTheStory()
    {
        var harness = await StartAsync();
        harness.Server.Map("/news/bridge.html", LoopbackResponse.Bytes(Encoding.UTF8.GetBytes(BridgePage()), "text/html; charset=utf-7"));
        harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(harness)));

        var result = await harness.PollAsync(harness.Url("/feed.xml"));

        Assert.Equal((1, null as string), (result.NewArticles, result.Error));
        Assert.Contains("public gallery", Assert.Single(harness.Articles.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_UnexpectedExceptionOnOnePage_ThatStoryFallsBackToTheExcerpt()
    {
        const string Marker = "a sentence our rules choke on";
        var harness = await StartAsync(services => services.AddSingleton<IQuoteExtractor>(
            sp => new FaultyQuoteExtractor(ActivatorUtilities.CreateInstance<RuleBasedQuoteExtractor>(sp), Marker)));
        harness.ServePage("/news/bridge.html", BridgePage(Marker));
        harness.ServePage("/news/library.html", InventedFeeds.ArticlePage(
            "Library to open on Sundays from January", "Odile Marchetti", "the head librarian", "A library that is shut is no library"));
        var library = new FeedItemSpec("gazette-102", "Library to open on Sundays from January", harness.Url("/news/library.html"),
            AnHourAgo, "Sunday opening starts in January.");
        harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(harness), library));

        var result = await harness.PollAsync(harness.Url("/feed.xml"));

        Assert.Equal((2, null as string), (result.NewArticles, result.Error));
        var bridge = Assert.Single(harness.Articles.Articles, a => a.Identity.ItemId == "gazette-101");
        Assert.True(bridge.IsPartial);
        Assert.Equal("The council voted to build a footbridge.", bridge.Text);
        Assert.False(Assert.Single(harness.Articles.Articles, a => a.Identity.ItemId == "gazette-102").IsPartial);
    }

    [Fact]
    public async Task PollAsync_UnexpectedExceptionForTheFeed_RecordedAsAFailureWithBackoff()
    {
        var harness = await StartAsync(services => services.AddSingleton<IArticleStore>(
            sp => new FaultyArticleStore(sp.GetRequiredService<InMemoryArticleStore>())));
        harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(harness)));

        var result = await harness.PollAsync(harness.Url("/feed.xml"));

        Assert.Contains("disk I/O error", result.Error, StringComparison.Ordinal);
        var state = harness.States[harness.Url("/feed.xml")]!;
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Equal(result.Error, state.LastError);
        Assert.Equal(PollingHarness.Start.AddMinutes(15), state.NextPollAt);
    }

    [Fact]
    public async Task PollAsync_UnexpectedExceptionFiveTimes_PausesAndWritesANotice()
    {
        var harness = await StartAsync(services => services.AddSingleton<IArticleStore>(
            sp => new FaultyArticleStore(sp.GetRequiredService<InMemoryArticleStore>())));
        harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(harness)));
        harness.Follow("chan-harbour", harness.Url("/feed.xml"));

        for (var i = 0; i < 5; i++)
        {
            var result = await harness.PollAsync(harness.Url("/feed.xml"));
            harness.Time.SetUtcNow(result.NextPollAt!.Value);
        }

        Assert.True(FeedSubscription.AllPaused(await harness.Subscriptions.ListAsync(harness.Url("/feed.xml"), TestContext.Current.CancellationToken)));
        Assert.Single(harness.Outbox.Digests);
    }

    [Fact]
    public async Task PollAsync_PagesStillLoadingAtThePollDeadline_FailsTheFeedInsteadOfHanging()
    {
        _harness = await PollingHarness.StartWithAsync(_ => { }, ("Polling:PollDeadlineMinutes", "1"), ("Fetching:TimeoutSeconds", "300"));
        _harness.Server.MapStalled("/news/bridge.html");
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(_harness)));

        var poll = _harness.PollAsync(_harness.Url("/feed.xml"));
        while (_harness.Server.CountRequests("/news/bridge.html") == 0 && !poll.IsCompleted)
            await Task.Delay(10, TestContext.Current.CancellationToken);
        _harness.Time.Advance(TimeSpan.FromSeconds(61));
        var result = await poll.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Contains("did not finish within 1 minute", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, _harness.States[_harness.Url("/feed.xml")]!.ConsecutiveFailures);
        Assert.Empty(_harness.Articles.Articles);
    }
}
