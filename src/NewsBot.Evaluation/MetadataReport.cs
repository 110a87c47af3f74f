namespace NewsBot.Evaluation;

/// <summary>The outcome of one run over a metadata corpus.</summary>
public sealed record MetadataReport(int Pages, IReadOnlyList<FieldTally> Fields, IReadOnlyList<MetadataMiss> Misses)
{
    /// <summary>
    /// Per field, the pages where we gave a value the truth leaves empty (Hits) out of the pages it leaves empty (Total):
    /// not scored, since the truth is silent, but a byline on a shop page is one readers would see.
    /// </summary>
    public IReadOnlyList<FieldTally> GivenWhereEmpty { get; init; } = [];

    /// <summary>Those values page by page (tune pages only, like <see cref="Misses"/>).</summary>
    public IReadOnlyList<MetadataMiss> GivenWhereEmptyPages { get; init; } = [];

    /// <summary>
    /// Per field, the misses where we gave another value (Hits) out of all misses (Total), on every split: a held-out part
    /// whose misses are mostly other values calls for a better choice among candidates, mostly none for more sources.
    /// </summary>
    public IReadOnlyList<FieldTally> MissesWithAValue { get; init; } = [];

    public FieldTally this[string field] => Fields.First(f => f.Field == field);
}
