namespace NewsBot.Ingestion.Feeds.Dates;

/// <summary>
/// Lenient date parsing for feeds: RFC 822 and its many mutations, ISO 8601/W3C-DTF and its truncated forms,
/// asctime, and a few localized formats seen in the wild (Greek, Hungarian, Korean). Null when nothing fits.
/// </summary>
public static class FeedDateParser
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        try
        {
            return Iso8601DateParser.Parse(trimmed)
                ?? Rfc822DateParser.Parse(trimmed)
                ?? ParseLocalized(trimmed);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A well-formed date outside DateTimeOffset's range (year 1 with a positive offset and the like).
            return null;
        }
    }

    private static DateTimeOffset? ParseLocalized(string text)
    {
        if (LocalizedDateNormalizer.ToIso8601(text) is { } iso)
            return Iso8601DateParser.Parse(iso);
        if (LocalizedDateNormalizer.ToRfc822(text) is { } rfc)
            return Rfc822DateParser.Parse(rfc);
        return null;
    }
}
