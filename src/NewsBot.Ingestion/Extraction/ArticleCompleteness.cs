using System.Globalization;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Decides whether an extracted article is only part of the story (a teaser behind a paywall, a cut page),
/// and says why in words a digest or a log can show.
/// </summary>
internal static class ArticleCompleteness
{
    /// <summary>Bodies shorter than this, next to a paywall marker, are taken for teasers.</summary>
    public const int TeaserMaxChars = 1_500;

    /// <summary>
    /// Pages that declare themselves not free to read often still serve the whole text (for search engines);
    /// only a body shorter than this is taken for a teaser.
    /// </summary>
    public const int NotFreeTeaserMaxChars = 3_000;

    /// <summary>About two sentences: less than this is a summary, not an article.</summary>
    public const int VeryShortChars = 200;

    /// <summary>A declared word count is trusted only when the body holds less than this share of it.</summary>
    private const double DeclaredWordsShare = 0.5;

    public static readonly string TooLongReason =
        Format($"the page is longer than {ExtractionLimits.MaxHtmlChars:N0} characters; only its start was read");

    public static readonly string TooManyElementsReason =
        Format($"the page holds too many elements (over {ElementBudget.MaxTinyElements:N0} tiny ones or {ElementBudget.MaxElements:N0} in all); only its start was read");

    public static string? PartialReason(CompletenessSignals signals)
    {
        var length = signals.Text.Length;
        if (signals.CutReason is { } cut)
        {
            return cut;
        }

        if (signals.AccessibleForFree == false && length < NotFreeTeaserMaxChars)
        {
            return Format($"the page declares itself not free to read (isAccessibleForFree: false) and holds {length:N0} characters of text");
        }

        if (signals.PaywallMarkers && length < TeaserMaxChars)
        {
            return Format($"a paywall or subscription notice next to {length:N0} characters of text");
        }

        if (signals.DeclaredWordCount is { } declared && declared >= 100 && TextMeasures.Words(signals.Text) is var words
            && words < declared * DeclaredWordsShare)
        {
            return Format($"the page declares {declared:N0} words but holds {words:N0} words");
        }

        return length is > 0 and < VeryShortChars
            ? Format($"a very short body ({length:N0} characters): only a teaser or summary")
            : null;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
