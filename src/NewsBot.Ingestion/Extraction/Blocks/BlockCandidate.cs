using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// The block classifier's opinion of the main text: the page's blocks that <see cref="BlockModel"/> scores at or above
/// its threshold, in page order, one paragraph each. The rule-based text is one of its features, so the classifier
/// refines it: it adds the items a region left out and drops the furniture it kept.
/// </summary>
internal static class BlockCandidate
{
    public static string Extract(IElement body, string chosenText, PageType type, BlockModel model)
    {
        var blocks = BlockSegmenter.Segment(body);
        var chosenWords = new WordPairs(BlockWords.Of(chosenText));
        var shapes = blocks.Select(b => BlockShape.Of(b, chosenWords)).ToArray();
        var features = BlockFeatures.Of(blocks, shapes, type);
        var thresholds = model.ThresholdsFor(type);
        var kept = blocks.Where((_, i) => thresholds.Keeps(model.Probability(features[i]), shapes[i].InChosen, blocks[i].Repeated)).Select(b => b.Text);
        return string.Join("\n\n", kept);
    }
}
