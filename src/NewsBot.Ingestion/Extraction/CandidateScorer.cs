using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Scores containers as article candidates: every paragraph-like element votes for its ancestors with a
/// weight that grows with its length and commas; a container's votes are discounted by its link density.
/// </summary>
internal sealed class CandidateScorer
{
    private const int MinimumParagraphLength = 25;
    private const int AncestorLevels = 5;

    private readonly DocumentStats _stats;
    private readonly ExcludedNodes _excluded;
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    public CandidateScorer(IElement body, DocumentStats stats, ExcludedNodes excluded)
    {
        _stats = stats;
        _excluded = excluded;
        ScoreParagraphs(body);
    }

    public IEnumerable<IElement> Candidates => _scores.Keys;

    /// <summary>The vote total discounted by link density; zero for elements nobody voted for.</summary>
    public double FinalScore(IElement element) =>
        _scores.TryGetValue(element, out var score) ? score * (1 - _stats.For(element).LinkDensity) : 0;

    public IElement? BestCandidate()
    {
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var candidate in _scores.Keys)
        {
            var score = FinalScore(candidate);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>A paragraph, or a container that holds text but no blocks (pages without &lt;p&gt;).</summary>
    public bool IsParagraphLike(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" or "blockquote" => true,
        "div" or "section" or "article" => !HasKeptBlockChild(element) && HasOwnText(element),
        _ => false,
    };

    /// <summary>Loops over the children, not LINQ: asked of every container of the page, each query cost closures and iterators.</summary>
    private bool HasKeptBlockChild(IElement element)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && HtmlTags.IsBlock(child.LocalName) && !_excluded.Contains(child))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOwnText(IElement element)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i].NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(children[i].TextContent))
            {
                return true;
            }
        }

        return false;
    }

    private void ScoreParagraphs(IElement body)
    {
        foreach (var element in _excluded.WalkElements(body))
        {
            if (!IsParagraphLike(element))
            {
                continue;
            }

            var stats = _stats.For(element);
            if (stats.TextLength < MinimumParagraphLength)
            {
                continue;
            }

            var vote = 1 + stats.Commas + Math.Min(stats.TextLength / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null && ancestor != body.ParentElement; level++)
            {
                var share = level switch { 0 => 1.0, 1 => 0.5, _ => 1.0 / (level * 3) };
                _scores[ancestor] = ScoreOf(ancestor) + (vote * share);
                ancestor = ancestor.ParentElement;
            }
        }
    }

    private double ScoreOf(IElement element) =>
        _scores.TryGetValue(element, out var score) ? score : BaseScore(element);

    private static double BaseScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ElementHints.Weight(element);
    }
}
