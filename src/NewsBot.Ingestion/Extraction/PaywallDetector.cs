using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Spots the marks of a paywall or registration wall, read on the untouched document.</summary>
internal static class PaywallDetector
{
    private static readonly string[] HintFragments =
    [
        "paywall", "regwall", "subscriber-only", "subscribers-only", "premium-content", "meteredcontent",
        "metered-content", "piano-offer", "tp-modal", "subscription-wall", "locked-content", "article-locked",
    ];

    private static readonly string[] Phrases =
    [
        "subscribe to continue reading", "subscribe to read", "this article is for subscribers",
        "this content is for subscribers", "already a subscriber", "to continue reading", "subscribers only",
        "become a subscriber to read", "log in to continue reading", "sign in to continue reading",
        "exclusive to subscribers", "for subscribers only",
    ];

    public static bool HasMarkers(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return false;
        }

        foreach (var element in DomWalker.DescendantElements(body))
        {
            var hint = ElementHints.Of(element).ToLowerInvariant();
            if (HintFragments.Any(f => hint.Contains(f, StringComparison.Ordinal)))
            {
                return true;
            }

            if (element.LocalName is "p" or "div" or "span" or "h2" or "h3" or "a" or "button" && ShortOwnText(element) is { } text
                && Phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element's own text nodes when short enough to be a notice; null otherwise.</summary>
    private static string? ShortOwnText(IElement element)
    {
        var own = string.Concat(DomWalker.Children(element).Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent));
        return own.Length is > 10 and < 300 ? own : null;
    }
}
