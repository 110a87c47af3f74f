using NewsBot.Core.Storage;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine.Polling;

public sealed class FeedPollerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset AnHourAgo = PollingHarness.Start.AddHours(-1);
    private PollingHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _harness = await PollingHarness.StartAsync();
        _harness.ServePage("/news/bridge.html", InventedFeeds.ArticlePage(
            "Council approves a new footbridge over the Wend", "Halvard Quist", "the mayor of Brindlemoor",
            "We have waited long enough for this bridge"));
        _harness.ServePage("/news/library.html", InventedFeeds.ArticlePage(
            "Library to open on Sundays from January", "Odile Marchetti", "the head librarian",
            "A library that is shut when people are free is not doing its job"));
    }

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    private FeedItemSpec Bridge(string guid = "gazette-101", DateTimeOffset? published = null, string query = "") =>
        new(guid, "Council approves a new footbridge over the Wend", _harness.Url("/news/bridge.html") + query,
            published ?? AnHourAgo, "The council voted to build a footbridge.");

    private FeedItemSpec Library(DateTimeOffset? published = null) =>
        new("gazette-102", "Library to open on Sundays from January", _harness.Url("/news/library.html"),
            published ?? AnHourAgo, "Sunday opening starts in January.");

    [Fact]
    public async Task PollAsync_NewItems_StoresArticlesWithAttributedQuotes()
    {
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(), Library()));

        var result = await _harness.PollAsync(_harness.Url("/feed.xml"));

        Assert.Equal((2, 0, false, null as string), (result.NewArticles, result.BackfilledArticles, result.NotModified, result.Error));
        var bridge = Assert.Single(_harness.Articles.Articles, a => a.Identity.ItemId == "gazette-101");
        Assert.Equal("Council approves a new footbridge over the Wend", bridge.Title);
        Assert.Equal("Brindlemoor Gazette", bridge.Outlet);
        Assert.Equal(AnHourAgo, bridge.PublishedAt);
        Assert.Equal("en", bridge.Language);
        Assert.False(bridge.IsPartial);
        Assert.False(bridge.IsBackfill);
        Assert.Equal(_harness.Url("/news/bridge.html"), bridge.Identity.CanonicalUrl);
        var quote = Assert.Single(bridge.Quotes, q => q.Text.StartsWith("We have waited long enough", StringComparison.Ordinal));
        Assert.Equal("Halvard Quist", quote.Speaker);
        Assert.Contains("mayor", quote.Role, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_Success_SavesStateAndSchedulesTheNextPoll()
    {
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge()));

        var result = await _harness.PollAsync(_harness.Url("/feed.xml"));

        var state = _harness.States[_harness.Url("/feed.xml")]!;
        Assert.Equal(PollingHarness.Start.AddMinutes(15), result.NextPollAt);
        Assert.Equal(result.NextPollAt, state.NextPollAt);
        Assert.Equal(PollingHarness.Start, state.LastSuccessAt);
        Assert.Equal(0, state.ConsecutiveFailures);
        Assert.Null(state.LastError);
    }

    [Fact]
    public async Task PollAsync_SecondPollUnchanged_SendsValidatorsAndStoresNothing()
    {
        var feed = InventedFeeds.Rss(Bridge());
        _harness.Server.Map("/feed.xml", context =>
            context.Request.Headers.IfNoneMatch == "\"gazette-v1\""
                ? LoopbackResponse.Status(304).WriteToAsync(context)
                : LoopbackResponse.Text(feed, "application/rss+xml")
                    .WithHeader("ETag", "\"gazette-v1\"")
                    .WithHeader("Last-Modified", "Sat, 28 Nov 2026 11:00:00 GMT")
                    .WriteToAsync(context));
        await _harness.PollAsync(_harness.Url("/feed.xml"));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));

        var second = await _harness.PollAsync(_harness.Url("/feed.xml"));

        Assert.True(second.NotModified);
        Assert.Equal(0, second.NewArticles);
        var request = _harness.Server.Requests.Last(r => r.Path == "/feed.xml");
        Assert.Equal("\"gazette-v1\"", request.Header("If-None-Match"));
        Assert.Equal("Sat, 28 Nov 2026 11:00:00 GMT", request.Header("If-Modified-Since"));
        Assert.Single(_harness.Articles.Articles);
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
        Assert.Equal(_harness.Time.GetUtcNow(), _harness.States[_harness.Url("/feed.xml")]!.LastSuccessAt);
    }

    [Fact]
    public async Task PollAsync_RedatedItem_NotNew()
    {
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge()));
        await _harness.PollAsync(_harness.Url("/feed.xml"));
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(published: PollingHarness.Start.AddMinutes(10))));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));

        var second = await _harness.PollAsync(_harness.Url("/feed.xml"));

        Assert.Equal(0, second.NewArticles);
        Assert.Single(_harness.Articles.Articles);
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
    }

    [Fact]
    public async Task PollAsync_RepublishedUnderNewGuidWithTrackingParameters_NotNew()
    {
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge()));
        await _harness.PollAsync(_harness.Url("/feed.xml"));
        var republished = Bridge(guid: "gazette-101-updated", query: "?utm_source=rss&utm_medium=feed#comments");
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(republished));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));

        var second = await _harness.PollAsync(_harness.Url("/feed.xml"));

        Assert.Equal(0, second.NewArticles);
        Assert.Single(_harness.Articles.Articles);
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
    }

    [Fact]
    public async Task PollAsync_FirstPoll_BackfillsOlderAndUndatedItemsFromTheSummaryWithoutReadingTheirPages()
    {
        var old = new FeedItemSpec("gazette-90", "Harvest fair draws record crowd", _harness.Url("/news/fair.html"),
            PollingHarness.Start.AddDays(-3), "More than four thousand people came to the harvest fair.");
        var justOutside = new FeedItemSpec("gazette-95", "Ferry timetable changes", _harness.Url("/news/ferry.html"),
            PollingHarness.Start.AddHours(-25), "The winter ferry timetable starts on Monday.");
        var undated = Library() with { Guid = "gazette-103" };
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(), old, justOutside, undated with { Published = null }));

        var result = await _harness.PollAsync(_harness.Url("/feed.xml"));

        Assert.Equal((1, 3), (result.NewArticles, result.BackfilledArticles));
        var backfill = _harness.Articles.Articles.Where(a => a.IsBackfill).ToDictionary(a => a.Identity.ItemId);
        Assert.Equal(["gazette-103", "gazette-90", "gazette-95"], backfill.Keys.Order(StringComparer.Ordinal));
        Assert.All(backfill.Values, a => Assert.True(a.IsPartial));
        Assert.Contains("four thousand people", backfill["gazette-90"].Text, StringComparison.Ordinal);
        Assert.Equal(0, _harness.Server.CountRequests("/news/fair.html") + _harness.Server.CountRequests("/news/ferry.html")
            + _harness.Server.CountRequests("/news/library.html"));
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
    }

    [Fact]
    public async Task PollAsync_UndatedItems_BackfillOnFirstPollAndNewsLater()
    {
        var feedUrl = _harness.Url("/feed.xml");
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge() with { Published = null }));
        var first = await _harness.PollAsync(feedUrl);
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge() with { Published = null }, Library() with { Published = null }));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));

        var second = await _harness.PollAsync(feedUrl);

        Assert.Equal((0, 1), (first.NewArticles, first.BackfilledArticles));
        Assert.Equal((1, 0), (second.NewArticles, second.BackfilledArticles));
        var delivered = await _harness.Articles.ListForFeedsAsync(
            [feedUrl], PollingHarness.Start, _harness.Time.GetUtcNow().AddMinutes(1), TestContext.Current.CancellationToken);
        Assert.Equal(["gazette-102"], delivered.Select(a => a.Article.Identity.ItemId));
    }

    [Fact]
    public async Task PollAsync_LaterPollWithOldItem_ProcessesItFully()
    {
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge()));
        await _harness.PollAsync(_harness.Url("/feed.xml"));
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge(), Library(published: PollingHarness.Start.AddDays(-5))));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));

        var second = await _harness.PollAsync(_harness.Url("/feed.xml"));

        Assert.Equal((1, 0), (second.NewArticles, second.BackfilledArticles));
        var library = Assert.Single(_harness.Articles.Articles, a => a.Identity.ItemId == "gazette-102");
        Assert.False(library.IsBackfill);
        Assert.Contains(library.Quotes, q => q.Speaker == "Odile Marchetti");
    }

    [Fact]
    public async Task PollAsync_BrokenArticlePage_StoresTheSummaryMarkedPartial()
    {
        _harness.Server.Map("/news/bridge.html", LoopbackResponse.Status(500));
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge()));

        var result = await _harness.PollAsync(_harness.Url("/feed.xml"));

        Assert.Equal((1, null as string), (result.NewArticles, result.Error));
        var article = Assert.Single(_harness.Articles.Articles);
        Assert.True(article.IsPartial);
        Assert.Equal("The council voted to build a footbridge.", article.Text);
        Assert.Equal(InventedFeeds.GazetteTitle, article.Outlet);
    }

    [Fact]
    public async Task PollAsync_PausedFeed_MakesNoRequest()
    {
        var url = _harness.Url("/feed.xml");
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss(Bridge()));
        _harness.Follow("chan-harbour", url);
        await _harness.States.SaveAsync(new FeedState { FeedUrl = url, LastError = "HTTP 500" }, TestContext.Current.CancellationToken);
        await _harness.Subscriptions.PauseAsync("", url, new FeedPause(PollingHarness.Start, "HTTP 500", null), TestContext.Current.CancellationToken);

        var result = await _harness.PollAsync(url);

        Assert.True(result.Paused);
        Assert.Equal("HTTP 500", result.Error);
        Assert.Empty(_harness.Server.Requests);
        Assert.Empty(_harness.Articles.Articles);
    }

    [Fact]
    public async Task PollAsync_PausedByModeratorDuringThePoll_StaysPaused()
    {
        var feedUrl = _harness.Url("/feed.xml");
        _harness.Follow("chan-harbour", feedUrl);
        _harness.Server.Map("/feed.xml", async context =>
        {
            // A moderator runs /feed pause while the feed is being fetched.
            await _harness.Subscriptions.PauseAsync("", feedUrl, new FeedPause(PollingHarness.Start, null, "mod-1"), context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, InventedFeeds.Rss(Bridge()), context.RequestAborted);
        });

        await _harness.PollAsync(feedUrl);

        Assert.True(FeedSubscription.AllPaused(await _harness.Subscriptions.ListAsync(feedUrl, TestContext.Current.CancellationToken)));
    }
}
