using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Which number of a day written in digits ("3/4/2025") is the month, where both could be.</summary>
internal enum NumericDayOrder
{
    Unknown,
    MonthFirst,
    DayFirst,
}

/// <summary>
/// The order a page writes days in digits, read from its locale (<c>&lt;html lang&gt;</c>, og:locale): the United States
/// writes the month first, Britain, the rest of the English-speaking world outside North America and continental Europe
/// the day. A bare "en" says nothing (both orders are common), nor does Canada, which writes both.
/// </summary>
internal static class PageDayOrder
{
    private static readonly HashSet<string> DayFirstLanguages = new(StringComparer.Ordinal)
    {
        "de", "fr", "es", "it", "pt", "nl", "da", "sv", "nb", "nn", "no", "fi", "pl", "cs", "sk", "ru", "uk", "tr", "el", "ro",
    };

    public static NumericDayOrder Of(IDocument document)
    {
        var lang = Order(document.DocumentElement?.GetAttribute(null, "lang"));
        return lang.HasRegion ? lang.Order : Order(OgLocale(document)) is { HasRegion: true } locale ? locale.Order : lang.Order;
    }

    private static (NumericDayOrder Order, bool HasRegion) Order(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return (NumericDayOrder.Unknown, false);
        }

        var parts = locale.Trim().ToLowerInvariant().Split('-', '_');
        var (language, region) = (parts[0], parts.Length > 1 ? parts[1] : null);
        return region switch
        {
            "us" when language == "en" => (NumericDayOrder.MonthFirst, true),
            "ca" => (NumericDayOrder.Unknown, true),
            not null when language == "en" || DayFirstLanguages.Contains(language) => (NumericDayOrder.DayFirst, true),
            not null => (NumericDayOrder.Unknown, true),
            _ => (DayFirstLanguages.Contains(language) ? NumericDayOrder.DayFirst : NumericDayOrder.Unknown, false),
        };
    }

    private static string? OgLocale(IDocument document) =>
        document.Head?.Children.FirstOrDefault(e => e.LocalName == "meta" && "og:locale".Equals(e.GetAttribute(null, "property"), StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute(null, "content");
}
