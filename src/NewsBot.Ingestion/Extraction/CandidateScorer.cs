using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Finds the container that holds the article: every paragraph-like element votes for its ancestors
/// with a weight that grows with its length and commas; a container's votes are discounted by its link
/// density. The winner's siblings that also look like article text join it.
/// </summary>
internal sealed class CandidateScorer
{
    private const int MinimumParagraphLength = 25;
    private const int AncestorLevels = 5;
    private const int MaxLevelsBetweenSections = 12;
    private const int MaxClimb = 4;
    private const double ClimbGain = 0.5;
    private const double ClimbMaxLinkDensity = 0.3;

    private readonly DocumentStats _stats;
    private readonly ExcludedNodes _excluded;
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    private CandidateScorer(DocumentStats stats, ExcludedNodes excluded)
    {
        _stats = stats;
        _excluded = excluded;
    }

    /// <summary>The elements whose text forms the article, in document order; the body when nothing stands out.</summary>
    public static IReadOnlyList<IElement> SelectContent(IElement body, ExcludedNodes excluded)
    {
        var scorer = new CandidateScorer(DocumentStats.Measure(body, excluded), excluded);
        scorer.ScoreParagraphs(body);
        var top = scorer.BestCandidate();
        return top is null ? [body] : scorer.WithRelatedSiblings(scorer.ClimbToWholeArticle(scorer.Widen(top), body), body);
    }

    private void ScoreParagraphs(IElement body)
    {
        foreach (var element in _excluded.Walk(body).OfType<IElement>())
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

    private double FinalScore(IElement element) =>
        _scores.TryGetValue(element, out var score) ? score * (1 - _stats.For(element).LinkDensity) : 0;

    private IElement? BestCandidate()
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

    /// <summary>
    /// When several strong candidates share an ancestor (a body split into sections), the ancestor is the article.
    /// </summary>
    private IElement Widen(IElement top)
    {
        var topScore = FinalScore(top);
        var rivals = _scores.Keys
            .Where(e => e != top && FinalScore(e) >= topScore * 0.75 && !Contains(e, top) && !Contains(top, e))
            .ToList();
        if (rivals.Count < 2)
        {
            return top;
        }

        var ancestor = top.ParentElement;
        for (var level = 0; level < MaxLevelsBetweenSections && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            if (rivals.Count(r => Contains(ancestor, r)) >= 2)
            {
                return ancestor;
            }

            if (ancestor.LocalName == "body")
            {
                break;
            }
        }

        return top;
    }

    /// <summary>
    /// A body split into chunks (companion columns, lazy-loaded sections) leaves the best chunk holding only part
    /// of the paragraphs: climb while the parent holds clearly more paragraph text and is not a link farm.
    /// </summary>
    private IElement ClimbToWholeArticle(IElement top, IElement body)
    {
        var ancestor = top.ParentElement;
        for (var level = 0; level < MaxClimb && ancestor is not null && ancestor != body; level++, ancestor = ancestor.ParentElement)
        {
            var wider = _stats.For(ancestor);
            if (wider.LinkDensity > ClimbMaxLinkDensity)
            {
                break;
            }

            var own = _stats.For(top).ParagraphTextLength;
            if (wider.ParagraphTextLength - own >= own * ClimbGain)
            {
                top = ancestor;
            }
        }

        return top;
    }

    private List<IElement> WithRelatedSiblings(IElement top, IElement body)
    {
        if (top == body || top.ParentElement is not { } parent)
        {
            return [top];
        }

        var threshold = Math.Max(10, FinalScore(top) * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in DomWalker.ChildElements(parent))
        {
            if (_excluded.Contains(sibling))
            {
                continue;
            }

            if (sibling == top || FinalScore(sibling) >= threshold || LooksLikeProse(sibling)
                || (!string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute("class") && FinalScore(sibling) > 0))
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    private bool LooksLikeProse(IElement element)
    {
        if (element.LocalName != "p" && !(element.LocalName == "div" && IsParagraphLike(element)))
        {
            return false;
        }

        var stats = _stats.For(element);
        return (stats.TextLength > 80 && stats.LinkDensity < 0.25)
            || (stats.TextLength > 0 && stats.LinkDensity == 0 && DomText.Of(element, 2_000).Contains(". ", StringComparison.Ordinal));
    }

    private bool IsParagraphLike(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" or "blockquote" => true,
        "div" or "section" or "article" => !DomWalker.ChildElements(element).Any(c => HtmlTags.IsBlock(c.LocalName) && !_excluded.Contains(c))
            && DomWalker.Children(element).Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)),
        _ => false,
    };

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

    private static bool Contains(IElement ancestor, IElement element)
    {
        var current = element.ParentElement;
        for (var level = 0; level < MaxLevelsBetweenSections && current is not null; level++, current = current.ParentElement)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
