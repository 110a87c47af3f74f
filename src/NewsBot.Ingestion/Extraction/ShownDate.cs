namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A date a page shows (a UTC day); whether its line holds it alone or with a publication label only; how much visible
/// text stands between the first &lt;h1&gt; and it (0 when it comes first or the page has no heading); whether it is the
/// text of a <c>&lt;time&gt;</c> whose machine-readable value names another day (<see cref="TimeElementDay"/>).
/// </summary>
internal readonly record struct ShownDate(DateTimeOffset Day, bool Alone, int TextAfterHeading, bool MarkedOtherwise = false);
