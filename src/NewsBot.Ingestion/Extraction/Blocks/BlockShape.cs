namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// The measures of one block its neighbours' features also read: size, links, and how much of it the rule-based
/// extractor's text holds.
/// </summary>
internal readonly record struct BlockShape(int Words, double LinkedShare, double InChosenText)
{
    public static BlockShape Of(ContentBlock block, WordPairs chosenText) =>
        new(block.Words.Length, block.LinkedShare, chosenText.ShareIn(block.Words));

    /// <summary>Most of the block is in the rule-based text.</summary>
    public bool InChosen => InChosenText >= 0.5;

    /// <summary>Word count in six bands: 1, 2-3, 4-9, 10-24, 25-59, 60 and more.</summary>
    public int WordBand => Words switch
    {
        <= 1 => 0,
        <= 3 => 1,
        <= 9 => 2,
        <= 24 => 3,
        <= 59 => 4,
        _ => 5,
    };

    /// <summary>None, some or all of the block in the chosen text.</summary>
    public int ChosenBand => InChosenText switch
    {
        <= 0 => 0,
        >= 0.9 => 2,
        _ => 1,
    };

    /// <summary>No links, some, or nearly all text linked.</summary>
    public int LinkBand => LinkedShare switch
    {
        <= 0 => 0,
        >= 0.8 => 2,
        _ => 1,
    };

    public void AddTo(FeatureVectorBuilder features, string prefix)
    {
        features.Add(prefix + "w", Math.Log(1 + Words) / 5);
        features.Add(prefix + "wb", [(char)('0' + WordBand)]);
        features.Add(prefix + "ld", LinkedShare);
        features.Add(prefix + "lb", [(char)('0' + LinkBand)]);
        features.Add(prefix + "in", InChosenText);
        features.Add(prefix + "ib", [(char)('0' + ChosenBand)]);
    }
}
