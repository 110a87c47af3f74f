using System.Diagnostics;
using Microsoft.Extensions.Options;
using NewsBot.Digests;

namespace NewsBot.Tests.Digests;

[Collection(nameof(ScaleTests))]
public sealed class TopicDigestComposerScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ComposeAsync_HundredTopicsOverTwentyThousandArticles_EachArticleAnalysedOnce()
    {
        var windowStart = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
        var corpus = new SyntheticCorpus();
        var store = new InMemoryArticleStore();
        store.Add([.. corpus.Articles(20_000, feeds: 50, windowStart)]);
        var topics = corpus.Topics(100, feeds: 50, windowStart);
        var composer = new TopicDigestComposer(store, Options.Create(new DigestOptions()));
        var windowEnd = windowStart.AddDays(1);

        var clock = Stopwatch.StartNew();
        var stories = 0;
        foreach (var topic in topics)
            stories += (await composer.ComposeAsync(topic, windowStart, windowEnd, TestContext.Current.CancellationToken)).Count;
        clock.Stop();

        // Reported, not asserted: a shared build machine's load would make a time limit flaky.
        output.WriteLine($"100 topics, 20,000 articles: {stories} stories in {clock.ElapsedMilliseconds} ms");
        Assert.InRange(stories, 100, 800);
        // The cost is the words of each article; a second topic over the same article must reuse them.
        Assert.InRange(composer.AnalysedArticles, 1, 20_000);
    }
}
