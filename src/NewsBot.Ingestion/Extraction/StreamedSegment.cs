using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// React's streamed server rendering sends each part of the page that waited on data as <c>&lt;div hidden id="S:1f"&gt;</c>
/// at the end of the body, and a script moves it into its place: the reader sees it (a shop page may stream its whole
/// description and specifications in fifty such parts). The article path reads them as visible, each part on its own:
/// none need hold most of the page. (The page types' regions do not: there the streamed parts are as often further lists
/// the truth leaves out as the content; WCXB tune: one page up, two down.)
/// </summary>
internal static class StreamedSegment
{
    public static bool Is(IElement element) =>
        element.LocalName == "div" && element.HasAttribute(null, "hidden") && element.Id is { Length: > 2 } id
        && id.StartsWith("S:", StringComparison.Ordinal) && IsHex(id.AsSpan(2));

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
