using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Chooses the elements that form the article: the best-scored candidate, widened when the body is split
/// into chunks, plus the siblings that also read like article text.
/// </summary>
internal sealed class ContentSelector
{
    /// <summary>Page builders nest the article in many single-purpose wrappers, so the whole may sit far up.</summary>
    private const int MaxClimb = 10;
    private const double ClimbGain = 0.5;
    private const double ClimbMaxLinkDensity = 0.3;

    private readonly DocumentStats _stats;
    private readonly ExcludedNodes _excluded;
    private readonly CandidateScorer _scorer;

    private ContentSelector(IElement body, ExcludedNodes excluded)
    {
        _stats = DocumentStats.Measure(body, excluded);
        _excluded = excluded;
        _scorer = new CandidateScorer(body, _stats, excluded);
    }

    /// <summary>The elements whose text forms the article, in document order; the body when nothing stands out.</summary>
    public static IReadOnlyList<IElement> Select(IElement body, ExcludedNodes excluded)
    {
        var selector = new ContentSelector(body, excluded);
        var top = selector._scorer.BestCandidate();
        if (top is null)
        {
            return [body];
        }

        var climbed = selector.ClimbToWholeArticle(top, body);
        var chosen = selector.WithRelatedSiblings(climbed, body);
        var outermost = OutermostWrapper.Of(climbed, body, selector._stats);
        var withLead = outermost == climbed ? chosen : selector.WithLeadParagraphs(outermost, chosen);
        return ContinuationSiblings.Join(outermost, withLead, body, selector._stats, selector._excluded);
    }

    /// <summary>The prose paragraphs written right before the body's outermost wrapper: its lead, in front of it.</summary>
    private List<IElement> WithLeadParagraphs(IElement outermost, List<IElement> chosen)
    {
        var lead = new List<IElement>();
        for (var sibling = outermost.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
        {
            if (_excluded.Contains(sibling) || _stats.For(sibling).TextLength == 0)
            {
                continue;
            }

            if (!LooksLikeProse(sibling))
            {
                break;
            }

            lead.Add(sibling);
        }

        if (lead.Count == 0)
        {
            return chosen;
        }

        lead.Reverse();
        lead.AddRange(chosen);
        return lead;
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

        var threshold = Math.Max(10, _scorer.FinalScore(top) * 0.2);
        var topClass = top.GetAttribute(null, "class");
        var chosen = new List<IElement>();
        foreach (var sibling in DomWalker.ChildElements(parent))
        {
            if (_excluded.Contains(sibling))
            {
                continue;
            }

            if (sibling == top || _scorer.FinalScore(sibling) >= threshold || LooksLikeProse(sibling)
                || (!string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute(null, "class") && _scorer.FinalScore(sibling) > 0))
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    private bool LooksLikeProse(IElement element)
    {
        if (element.LocalName != "p" && !(element.LocalName == "div" && _scorer.IsParagraphLike(element)))
        {
            return false;
        }

        var stats = _stats.For(element);
        return (stats.TextLength > 80 && stats.LinkDensity < 0.25)
            || (stats.TextLength > 0 && stats.LinkDensity == 0 && DomText.Scan(element, 2_000, static text => text.Contains(". ", StringComparison.Ordinal)));
    }
}
