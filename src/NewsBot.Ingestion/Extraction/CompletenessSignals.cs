namespace NewsBot.Ingestion.Extraction;

/// <summary>What the page and its extracted text say about whether the whole article was there.</summary>
internal sealed record CompletenessSignals(
    string Text,
    bool InputWasCut,
    bool? AccessibleForFree,
    bool PaywallMarkers,
    int? DeclaredWordCount);
