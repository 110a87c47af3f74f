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

    /// <summary>
    /// A line listing several people with their credentials ("Ann Lee, DVM; Tom Ray, BA, LVT &amp; …") runs longer than one
    /// credit: read up to this length when its first part is a person and another part follows a "; ".
    /// </summary>
    private const int MaxCreditListChars = 300;
    private const int LinesLookedAt = 3;

    private static readonly string[] Separators = [" | ", " · ", " • ", " — ", " – ", ", "];

    public static string? Find(IDocument document)
    {
        if (document.Body is not { } body || DomWalker.DescendantElementsNamed(body, "h1").FirstOrDefault() is not { } heading)
        {
            return null;
        }

        var following = Following(heading).Concat(heading.ParentElement is { } parent ? Following(parent) : []);
        foreach (var line in following.Take(LinesLookedAt * 2))
        {
            var text = DomText.Of(line, MaxCreditListChars + 1);
            if ((text.Length is > 0 and <= MaxLineChars || (text.Length <= MaxCreditListChars && text.Contains("; ", StringComparison.Ordinal)))
                && BylineCleaner.Clean(text.Split(Separators, 2, StringSplitOptions.TrimEntries)[0]) is { } name
                && PersonNameShape.IsPerson(name))
            {
                return name;
            }

            if (text.Length is > 0 and <= MaxLineChars && CreditAfterBy(text) is { } credited)
            {
                return credited;
            }
        }

        return null;
    }

    /// <summary>
    /// A part of the line that credits someone after a "by" it does not open with ("03/01/2017 by Ann Lee, Committee
    /// Member"): the date or section set first hides the name from the first-part reading.
    /// </summary>
    private static string? CreditAfterBy(string line)
    {
        foreach (var part in line.Split(Separators, StringSplitOptions.TrimEntries))
        {
            var by = part.IndexOf("by ", StringComparison.OrdinalIgnoreCase);
            if ((by == 0 || (by > 0 && part[by - 1] == ' ')) && BylineCleaner.Clean(part[(by + 3)..]) is { } name && PersonNameShape.IsPerson(name))
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
