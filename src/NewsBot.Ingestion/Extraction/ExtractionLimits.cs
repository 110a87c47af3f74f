namespace NewsBot.Ingestion.Extraction;

/// <summary>Caps that keep extraction bounded on hostile or oversized pages.</summary>
internal static class ExtractionLimits
{
    /// <summary>Real article pages stay far below this; longer markup is cut before parsing.</summary>
    public const int MaxHtmlChars = 3_000_000;

    /// <summary>
    /// Input read before the cap applies: a shop's page of 5 MB is mostly attributes and head scripts no reader reads, and
    /// without them its text still fits the cap (<see cref="PreparedMarkup"/>); longer input is cut first.
    /// </summary>
    public const int MaxInputChars = 2 * MaxHtmlChars;

    /// <summary>Nodes visited by any single walk; the rest of a pathological page is ignored.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>Only this much of a class or id attribute is inspected.</summary>
    public const int MaxHintChars = 300;

    /// <summary>Larger JSON-LD scripts are skipped rather than parsed.</summary>
    public const int MaxJsonLdChars = 500_000;

    public const int MaxJsonDepth = 64;

    /// <summary>JSON-LD objects visited per page.</summary>
    public const int MaxJsonLdObjects = 2_000;
}
