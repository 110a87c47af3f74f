namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// How sure the classifier must be to keep a block: <see cref="Keep"/> for a block the rule-based text holds (below it,
/// the block is furniture the rules kept), <see cref="Add"/> for one it does not (an item the rules left out). Keep 0
/// and Add above 1 give the rules' text back.
/// </summary>
public readonly record struct BlockThresholds(double Keep, double Add)
{
    /// <summary>The rules' text, untouched.</summary>
    public static BlockThresholds Rules => new(0, 1.01);

    /// <summary>A second copy of a text is never kept: the rules' text holds one (<see cref="RepeatedCopies"/>).</summary>
    public bool Keeps(double probability, bool inChosenText, bool repeated) => !repeated && probability >= (inChosenText ? Keep : Add);
}
