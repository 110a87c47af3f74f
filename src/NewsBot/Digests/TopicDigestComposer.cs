using Microsoft.Extensions.Options;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Publishing;

namespace NewsBot.Digests;

/// <summary>
/// Chooses a topic's stories for a window: the articles of its feeds that match its query and language, grouped so one
/// event covered by several outlets is one story, the most widely covered and then the newest first.
/// </summary>
public sealed class TopicDigestComposer(IArticleStore articles, IOptions<DigestOptions> options)
{
    // Clustering cost grows with the square of its input; past this a window is a busy week of a broad topic, and its newest suffice.
    private const int MaxClusteredArticles = 200;
    private const int LeadLength = 600;

    private readonly ArticleIndex _index = new();
    private readonly StoryClusterer _clusterer = new();

    internal int AnalysedArticles => _index.Analysed;

    /// <exception cref="FormatException">The topic's query does not parse (topics are checked when saved).</exception>
    public async Task<IReadOnlyList<RenderedStory>> ComposeAsync(
        Topic topic, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var query = TopicQuery.Parse(topic.Query);
        if (topic.Feeds.Count == 0 || windowStart >= windowEnd)
            return [];
        var stored = await articles.ListForFeedsAsync(topic.Feeds, windowStart, windowEnd, cancellationToken);
        var kept = Matching(stored, query, topic.Language)
            .OrderByDescending(When)
            .DistinctBy(a => a.Article.Identity.CanonicalUrl, StringComparer.Ordinal)
            .Take(MaxClusteredArticles)
            .ToDictionary(a => a.Article.Identity.CanonicalUrl, StringComparer.Ordinal);
        return _clusterer.Cluster(kept.Values.Select(Candidate).ToList())
            .OrderByDescending(Coverage)
            .ThenByDescending(c => c.Members.Max(m => m.Published))
            .Take(Math.Max(0, topic.MaxStories))
            .Select(c => DigestStoryFactory.Create(kept[c.Representative.Key], c.AlsoIn, options.Value.MaxQuotesPerStory))
            .ToList();
    }

    private List<StoredArticle> Matching(IReadOnlyList<StoredArticle> stored, TopicQuery query, string? language)
    {
        var inLanguage = stored.Where(a => LanguageMatches(language, a.Article.Language)).ToList();
        if (query.Required.Count == 0 && query.Excluded.Count == 0)
            return inLanguage;
        var words = inLanguage.Select(_index.WordsOf).ToList();
        var compiled = _index.Compile(query);
        return inLanguage.Where((_, i) => compiled.Matches(words[i])).ToList();
    }

    /// <summary>"en" accepts "en", "en-GB" and pages that did not say; a topic without a language accepts all.</summary>
    private static bool LanguageMatches(string? wanted, string? actual)
    {
        if (string.IsNullOrWhiteSpace(wanted) || string.IsNullOrWhiteSpace(actual))
            return true;
        return string.Equals(PrimaryTag(wanted), PrimaryTag(actual), StringComparison.OrdinalIgnoreCase);
    }

    private static string PrimaryTag(string language) => language.Trim().Split('-', '_')[0];

    private static DateTimeOffset When(StoredArticle stored) => stored.Article.PublishedAt ?? stored.FirstSeenAt;

    private static StoryCandidate Candidate(StoredArticle stored)
    {
        var article = stored.Article;
        var lead = article.Text.Length <= LeadLength ? article.Text : article.Text[..LeadLength];
        return new StoryCandidate(article.Identity.CanonicalUrl, article.Title, lead, DigestStoryFactory.OutletOf(article), When(stored));
    }

    /// <summary>Distinct outlets, not articles: one outlet's three updates are not three outlets' coverage.</summary>
    private static int Coverage(StoryCluster cluster) =>
        cluster.Members.Select(m => m.Outlet ?? m.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
