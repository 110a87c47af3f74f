namespace NewsBot.Evaluation;

/// <summary>Hits out of the pages where a field had an expected value.</summary>
public sealed record FieldTally(string Field, int Hits, int Total)
{
    public double Rate => Total == 0 ? 1 : (double)Hits / Total;
}
