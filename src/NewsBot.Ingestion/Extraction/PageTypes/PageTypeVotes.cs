using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Evidence for each page type, added up from independent signals. Another type must beat the article's evidence
/// by a margin; the article's evidence is kept, since weak evidence means the article path must prove itself.
/// </summary>
internal sealed class PageTypeVotes
{
    /// <summary>Another type must beat the article by this much.</summary>
    public const double Threshold = 2.0;

    private readonly Dictionary<PageType, double> _votes = [];

    public void Add(PageType type, double weight) => _votes[type] = For(type) + weight;

    public double For(PageType type) => _votes.GetValueOrDefault(type);

    /// <summary>The best-supported type when it beats the article by the threshold, else the article.</summary>
    public PageTypeVerdict Winner()
    {
        var best = PageType.Article;
        var bestVotes = For(PageType.Article) + Threshold;
        var otherEvidence = 0.0;
        foreach (var (type, votes) in _votes)
        {
            otherEvidence = type != PageType.Article ? Math.Max(otherEvidence, votes) : otherEvidence;
            if (type != PageType.Article && votes >= bestVotes)
            {
                best = type;
                bestVotes = votes;
            }
        }

        return new PageTypeVerdict(best, For(PageType.Article)) { OtherTypeEvidence = otherEvidence };
    }
}
