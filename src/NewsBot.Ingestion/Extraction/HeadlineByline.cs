using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The unlabelled credit line a page sets right under its headline ("Aaron Ricadela | Senior Writer | July 2, 2025"):
/// the first short line after the first &lt;h1&gt; whose first part reads as a person's name. The last guess, after
/// every marked and labelled byline: without the name check any subtitle would pass.
/// </summary>
internal static class HeadlineByline
{
    private const int MaxLineChars = 120;
    private const int LinesLookedAt = 3;

    private static readonly string[] Separators = [" | ", " · ", " • ", " — ", " – ", ", "];

    public static string? Find(IDocument document)
    {
        if (document.Body is not { } body || DomWalker.DescendantElements(body).FirstOrDefault(e => e.LocalName == "h1") is not { } heading)
        {
            return null;
        }

        var following = Following(heading).Concat(heading.ParentElement is { } parent ? Following(parent) : []);
        foreach (var line in following.Take(LinesLookedAt * 2))
        {
            var text = DomText.Of(line, MaxLineChars + 1);
            if (text.Length is > 0 and <= MaxLineChars
                && BylineCleaner.Clean(text.Split(Separators, 2, StringSplitOptions.TrimEntries)[0]) is { } name
                && PersonNameShape.IsPerson(name))
            {
                return name;
            }
        }

        return null;
    }

    private static IEnumerable<IElement> Following(IElement element)
    {
        var sibling = element.NextElementSibling;
        for (var i = 0; i < LinesLookedAt && sibling is not null; i++, sibling = sibling.NextElementSibling)
        {
            yield return sibling;
        }
    }
}
