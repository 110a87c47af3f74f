namespace NewsBot.Evaluation;

/// <summary>The outcome of one run over a metadata corpus.</summary>
public sealed record MetadataReport(int Pages, IReadOnlyList<FieldTally> Fields, IReadOnlyList<MetadataMiss> Misses)
{
    public FieldTally this[string field] => Fields.First(f => f.Field == field);
}
