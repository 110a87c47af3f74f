using System.Buffers;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Spots the marks of a paywall or registration wall, read on the untouched document.</summary>
internal static class PaywallDetector
{
    /// <summary>An element's own text this long or longer is prose, not a notice.</summary>
    private const int MaxNoticeChars = 300;

    private static readonly SearchValues<string> HintFragments = SearchValues.Create(
    [
        "paywall", "regwall", "subscriber-only", "subscribers-only", "premium-content", "meteredcontent",
        "metered-content", "piano-offer", "tp-modal", "subscription-wall", "locked-content", "article-locked",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Phrases = SearchValues.Create(
    [
        "subscribe to continue reading", "subscribe to read", "this article is for subscribers",
        "this content is for subscribers", "already a subscriber", "to continue reading", "subscribers only",
        "become a subscriber to read", "log in to continue reading", "sign in to continue reading",
        "exclusive to subscribers", "for subscribers only",
    ], StringComparison.OrdinalIgnoreCase);

    public static bool HasMarkers(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return false;
        }

        foreach (var element in DomWalker.DescendantElements(body))
        {
            if (HasHintFragment(element.GetAttribute(null, "class")) || HasHintFragment(element.Id))
            {
                return true;
            }

            if (element.LocalName is "p" or "div" or "span" or "h2" or "h3" or "a" or "button" && ShortOwnTextHasPhrase(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One vectorised search for every phrase at once (each ignoring case, as <see cref="string.Contains(string, StringComparison)"/>).</summary>
    private static bool HasPhrase(ReadOnlySpan<char> text) => text.ContainsAny(Phrases);

    /// <summary>Read on every element of the page, so no string is built for it.</summary>
    private static bool HasHintFragment(string? hint)
    {
        if (string.IsNullOrEmpty(hint))
        {
            return false;
        }

        return hint.AsSpan(0, Math.Min(hint.Length, ExtractionLimits.MaxHintChars)).ContainsAny(HintFragments);
    }

    /// <summary>
    /// Whether the element's own text nodes, when short enough to be a notice, hold a phrase: measured before any copy,
    /// and several nodes joined in a stack buffer (asked of most elements of every page).
    /// </summary>
    private static bool ShortOwnTextHasPhrase(IElement element)
    {
        var (length, texts, last) = (0, 0, (IText?)null);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IText text)
            {
                (length, texts, last) = (length + text.Data.Length, texts + 1, text);
            }
        }

        if (length is not (> 10 and < MaxNoticeChars))
        {
            return false;
        }

        if (texts == 1)
        {
            return HasPhrase(last!.Data);
        }

        Span<char> joined = stackalloc char[MaxNoticeChars];
        var written = 0;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IText text)
            {
                text.Data.CopyTo(joined[written..]);
                written += text.Data.Length;
            }
        }

        return HasPhrase(joined[..written]);
    }
}
