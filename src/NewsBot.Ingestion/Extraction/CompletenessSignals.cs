namespace NewsBot.Ingestion.Extraction;

/// <summary>What the page and its extracted text say about whether the whole article was there.</summary>
/// <param name="CutReason">Why only the start of the page was read, or null when all of it was.</param>
internal sealed record CompletenessSignals(
    string Text,
    string? CutReason,
    bool? AccessibleForFree,
    bool PaywallMarkers,
    int? DeclaredWordCount);
