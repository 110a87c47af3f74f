using System.Diagnostics;
using Microsoft.Extensions.Options;
using NewsBot.Engine.Digests;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Engine.Digests;

/// <summary>
/// The composer's cost at scale. Times are reported, not asserted: a shared build machine's load would make a limit
/// flaky. What is asserted is the property the speed rests on: each article's words are computed once for all topics.
/// </summary>
[Collection(nameof(ScaleTests))]
public sealed class TopicDigestComposerScaleTests(ITestOutputHelper output)
{
    private const int StoredArticles = 20_000;
    private const int Topics = 100;
    private const int Feeds = 50;
    private static readonly DateTimeOffset WeekStart = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ComposeAsync_HundredDailyDigestsOverAWeekOfTwentyThousandArticles_EachWindowArticleAnalysedOnce()
    {
        // A busy week: 20,000 articles, one every 30 s over 50 feeds; each digest covers its topic's last day.
        var (composer, topics) = Build(TimeSpan.FromSeconds(30));
        var windowEnd = WeekStart + (TimeSpan.FromSeconds(30) * StoredArticles);

        var stories = await ComposeAllAsync(composer, topics, windowEnd.AddDays(-1), windowEnd, "daily windows");

        Assert.InRange(stories, Topics, Topics * 8);
        Assert.InRange(composer.AnalysedArticles, 1, (int)(TimeSpan.FromDays(1) / TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task ComposeAsync_HundredTopicsWithAllTwentyThousandArticlesInEveryWindow_EachArticleAnalysedOnce()
    {
        var (composer, topics) = Build(TimeSpan.FromSeconds(1));

        var stories = await ComposeAllAsync(composer, topics, WeekStart, WeekStart.AddDays(1), "every article in every window");
        var again = await ComposeAllAsync(composer, topics, WeekStart, WeekStart.AddDays(1), "the same windows again, words cached");

        Assert.InRange(stories, Topics, Topics * 8);
        Assert.Equal(stories, again);
        Assert.InRange(composer.AnalysedArticles, 1, StoredArticles);
    }

    private static (TopicDigestComposer Composer, List<NewsBot.Core.Topics.Topic> Topics) Build(TimeSpan interval)
    {
        var corpus = new SyntheticCorpus();
        var store = new InMemoryArticleStore();
        store.Add([.. corpus.Articles(StoredArticles, Feeds, WeekStart, interval)]);
        return (new TopicDigestComposer(store, Options.Create(new DigestOptions())), corpus.Topics(Topics, Feeds, WeekStart));
    }

    private async Task<int> ComposeAllAsync(
        TopicDigestComposer composer, List<NewsBot.Core.Topics.Topic> topics, DateTimeOffset windowStart, DateTimeOffset windowEnd, string layout)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var stories = 0;
        foreach (var topic in topics)
            stories += (await composer.ComposeAsync(topic, windowStart, windowEnd, TestContext.Current.CancellationToken)).Count;
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        output.WriteLine($"{Topics} topics over {StoredArticles:N0} articles ({layout}): {stories} stories, " +
            $"{composer.AnalysedArticles:N0} articles analysed, {clock.ElapsedMilliseconds} ms ({cpu.TotalMilliseconds:F0} ms CPU)");
        return stories;
    }
}
