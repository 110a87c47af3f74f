using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A heading that is (or holds, or sits in) a link: the title of a card that leads to another page. A section of the
/// story itself names its part in plain text.
/// </summary>
internal static class TeaserHeading
{
    private const string Headings = "h1, h2, h3, h4, h5, h6";

    public static bool In(IElement element)
    {
        foreach (var heading in element.QuerySelectorAll(Headings))
        {
            if (heading.QuerySelector("a[href]") is not null || heading.Closest("a[href]") is not null)
            {
                return true;
            }
        }

        return false;
    }
}
