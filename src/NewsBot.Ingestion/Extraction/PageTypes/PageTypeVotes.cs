using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Evidence for each page type, added up from independent signals. An article needs evidence of its own (a declared
/// article type, a dated address, a byline and a date); a page with none, and none for another type, is taken
/// for a service page: a site's page about itself, read as a whole content region.
/// </summary>
internal sealed class PageTypeVotes
{
    /// <summary>Another type must beat the article by this much.</summary>
    public const double Threshold = 2.0;

    /// <summary>Less evidence than this for an article, and no other type winning, makes a service page.</summary>
    public const double ArticleEvidence = 1.5;

    private readonly Dictionary<PageType, double> _votes = [];

    public void Add(PageType type, double weight) => _votes[type] = For(type) + weight;

    public double For(PageType type) => _votes.GetValueOrDefault(type);

    /// <summary>The best-supported type when it beats the article by the threshold, else the article when it has evidence.</summary>
    public PageTypeVerdict Winner()
    {
        var best = PageType.Article;
        var bestVotes = For(PageType.Article) + Threshold;
        foreach (var (type, votes) in _votes)
        {
            if (type != PageType.Article && votes >= bestVotes)
            {
                best = type;
                bestVotes = votes;
            }
        }

        return best == PageType.Article && For(PageType.Article) < ArticleEvidence
            ? new PageTypeVerdict(PageType.Service, IsDefault: true)
            : new PageTypeVerdict(best, IsDefault: false);
    }
}
