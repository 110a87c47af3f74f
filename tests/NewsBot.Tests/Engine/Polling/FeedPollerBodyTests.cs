namespace NewsBot.Tests.Engine.Polling;

public sealed class FeedPollerBodyTests
{
    [Fact]
    public async Task PollAsync_FetchedFeed_ReturnsItsPooledBodyOnceParsed()
    {
        var recorder = new RecordingFetcher();
        await using var harness = await PollingHarness.StartWithAsync(recorder.Wrap);
        harness.ServePage("/news/ferry.html", InventedFeeds.ArticlePage(
            "Night ferry to Skerrow returns in spring", "Ingrid Valtonen", "the harbour master",
            "The crossing is safer now than it has ever been"));
        harness.ServeFeed("/feed.xml", InventedFeeds.Rss(new FeedItemSpec(
            "skerrow-7", "Night ferry to Skerrow returns in spring", harness.Url("/news/ferry.html"),
            PollingHarness.Start.AddHours(-1), "The night ferry returns.")));

        var result = await harness.PollAsync(harness.Url("/feed.xml"));

        Assert.Equal((1, null as string), (result.NewArticles, result.Error));
        // A pooled body is empty once disposed: its segments went back to the pool instead of to the collector.
        var feed = Assert.Single(recorder.Fetched, f => f.FinalUri.AbsolutePath == "/feed.xml");
        Assert.Equal(0, feed.Content.Length);
    }
}
