using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Core.Digests;

/// <summary>
/// Chooses a topic's stories for a window: the articles of its feeds that match its query and language, grouped so one
/// event covered by several outlets is one story, the most widely covered and then the newest first.
/// </summary>
public sealed class DigestSelector(IArticleStore articles)
{
    // Clustering cost grows with the square of its input; past this a window is a busy week of a broad topic, and its newest suffice.
    private const int MaxClusteredArticles = 200;
    private const int LeadLength = 600;

    private readonly TopicMatcher _matcher = new();
    private readonly StoryClusterer _clusterer = new();

    /// <summary>How many times an article's words were computed (tests check it is once per article).</summary>
    public int AnalysedArticles => _matcher.AnalysedArticles;

    /// <exception cref="FormatException">The topic's query does not parse (topics are checked when saved).</exception>
    public async Task<IReadOnlyList<SelectedStory>> SelectAsync(
        Topic topic, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken) =>
        (await SelectAsync(topic, windowStart, windowEnd, [], cancellationToken)).Stories;

    /// <summary>
    /// As <see cref="SelectAsync(Topic, DateTimeOffset, DateTimeOffset, CancellationToken)"/>, but an article that reports one of
    /// the <paramref name="earlier"/> stories joins it (see <see cref="StoryMemoryMatcher"/>) instead of making a new story.
    /// </summary>
    /// <exception cref="FormatException">The topic's query does not parse (topics are checked when saved).</exception>
    public async Task<DigestSelection> SelectAsync(
        Topic topic, DateTimeOffset windowStart, DateTimeOffset windowEnd, IReadOnlyList<EarlierStory> earlier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(earlier);
        var query = TopicQuery.Parse(topic.Query);
        if (topic.Feeds.Count == 0 || windowStart >= windowEnd)
            return new DigestSelection([], []);
        var stored = await articles.ListForFeedsAsync(topic.Feeds, windowStart, windowEnd, cancellationToken);
        var kept = _matcher.Matching(stored, query, topic.Language)
            .OrderByDescending(When)
            .DistinctBy(a => a.Article.Identity.CanonicalUrl, StringComparer.Ordinal)
            .Take(MaxClusteredArticles)
            .ToDictionary(a => a.Article.Identity.CanonicalUrl, StringComparer.Ordinal);
        var match = new StoryMemoryMatcher(_clusterer).Match(kept.Values.Select(Candidate).ToList(), earlier);
        var stories = match.NewStories
            .OrderByDescending(Coverage)
            .ThenByDescending(c => c.Members.Max(m => m.Published))
            .Take(Math.Max(0, topic.MaxStories))
            .Select(c => new SelectedStory(kept[c.Representative.Key], c.AlsoIn) { Members = c.Members })
            .ToList();
        var joins = match.Joins
            .Select(j => new JoiningArticles(j.StoryId, [.. j.Articles.Select(a => kept[a.Key])], j.Articles))
            .ToList();
        return new DigestSelection(stories, joins);
    }

    /// <summary>The outlet's name, or the site's host for a feed that gives none.</summary>
    public static string? OutletOf(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return !string.IsNullOrWhiteSpace(article.Outlet) ? article.Outlet
            : Uri.TryCreate(article.Identity.CanonicalUrl, UriKind.Absolute, out var uri) ? uri.Host
            : null;
    }

    private static DateTimeOffset When(StoredArticle stored) => stored.Article.PublishedAt ?? stored.FirstSeenAt;

    /// <summary>A stored article as the clusterer sees it: headline, the first words of its text, outlet and time.</summary>
    public static StoryCandidate Candidate(StoredArticle stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var article = stored.Article;
        return Candidate(article.Identity.CanonicalUrl, article.Title, article.Text, OutletOf(article), When(stored));
    }

    /// <summary>Any article as the clusterer sees it (one read just now, say): its text cut to the lead the clusterer reads.</summary>
    public static StoryCandidate Candidate(string key, string title, string text, string? outlet, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StoryCandidate(key, title, text.Length <= LeadLength ? text : text[..LeadLength], outlet, published);
    }

    /// <summary>Distinct outlets, not articles: one outlet's three updates are not three outlets' coverage.</summary>
    private static int Coverage(StoryCluster cluster) =>
        cluster.Members.Select(m => m.Outlet ?? m.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
