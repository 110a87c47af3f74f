namespace NewsBot.Tests.Engine.Polling;

/// <summary>Issue 14, item 8 at the poller: once an identity may have been pruned, an old item a feed still lists is not news.</summary>
public sealed class FeedPollerRetentionTests
{
    [Fact]
    public async Task PollAsync_ItemPublishedBeforeTheKeptIdentities_StoredAsBackfillNeverNews()
    {
        await using var harness = await PollingHarness.StartAsync(("Retention:SeenItemDays", "180"), ("Retention:ArticleTextDays", "30"));
        var start = PollingHarness.Start;
        harness.ServeFeed("/feed.xml", InventedFeeds.Rss());
        // The first poll backfills whatever the feed lists; only later items are news.
        await harness.PollAsync(harness.Url("/feed.xml"));
        harness.Time.SetUtcNow(start.AddHours(1));
        harness.ServeFeed("/feed.xml", InventedFeeds.Rss(
            new FeedItemSpec("evergreen-guide", "How the harbour ferry works", harness.Url("/guide.html"), start.AddDays(-400), "A guide."),
            new FeedItemSpec("fresh-story", "Ferry board meets", harness.Url("/fresh.html"), start.AddMinutes(30), "Fresh.")));

        var result = await harness.PollAsync(harness.Url("/feed.xml"));

        Assert.Equal((1, 1), (result.NewArticles, result.BackfilledArticles));
        Assert.Single(harness.Articles.Articles, a => a.IsBackfill && a.Title == "How the harbour ferry works");
    }
}
