using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Inside a code listing, class names are a syntax highlighter's tokens ("hljs-comment", "token comment", "hljs-meta"),
/// not page furniture: dropping them cuts the listing's comments and keywords out of the text.
/// </summary>
internal static class SourceCode
{
    /// <summary>Highlighters nest their tokens a few levels at most; a deeper ancestor is a layout wrapper.</summary>
    private const int MaxTokenDepth = 6;

    public static bool HoldsToken(IElement element)
    {
        var parent = element.ParentElement;
        for (var depth = 0; parent is not null && depth < MaxTokenDepth; depth++, parent = parent.ParentElement)
        {
            if (parent.LocalName is "pre" or "code")
            {
                return true;
            }
        }

        return false;
    }
}
