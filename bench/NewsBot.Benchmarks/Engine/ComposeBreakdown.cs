using System.Diagnostics;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Digests;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// After the measured round, where composing spends its time: every topic's window read again (warm), clustered again
/// the way the composer does (the newest 200, headline and 600-character lead), and the whole round repeated warm.
/// </summary>
internal static class ComposeBreakdown
{
    private const int MaxClustered = 200;
    private const int LeadLength = 600;

    public static async Task<ComposeShares> RunAsync(
        IArticleStore store, TopicDigestComposer composer, IReadOnlyList<Topic> topics, DateTimeOffset since, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        var reading = TimeSpan.Zero;
        var clustering = TimeSpan.Zero;
        var clusterer = new StoryClusterer();
        foreach (var topic in topics)
        {
            var started = Stopwatch.GetTimestamp();
            var stored = await store.ListForFeedsAsync(topic.Feeds, since, until, cancellationToken);
            reading += Stopwatch.GetElapsedTime(started);
            var candidates = stored.OrderByDescending(When).Take(MaxClustered).Select(Candidate).ToList();
            started = Stopwatch.GetTimestamp();
            clusterer.Cluster(candidates);
            clustering += Stopwatch.GetElapsedTime(started);
        }

        var warm = Stopwatch.GetTimestamp();
        foreach (var topic in topics)
            await composer.ComposeAsync(topic, since, until, cancellationToken);
        return new ComposeShares(reading, clustering, Stopwatch.GetElapsedTime(warm));
    }

    private static DateTimeOffset When(StoredArticle stored) => stored.Article.PublishedAt ?? stored.FirstSeenAt;

    private static StoryCandidate Candidate(StoredArticle stored)
    {
        var article = stored.Article;
        var lead = article.Text.Length <= LeadLength ? article.Text : article.Text[..LeadLength];
        return new StoryCandidate(article.Identity.CanonicalUrl, article.Title, lead, article.Outlet ?? new Uri(article.Identity.CanonicalUrl).Host, When(stored));
    }
}
