using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// One page with its true main text, cut into labelled blocks: a block's label is the share of its words the truth
/// holds; its weight is its share of the page's words (capped), so every page counts about the same, as in the
/// page-averaged metric. Keeps the words to score a model's choice of blocks against the truth.
/// </summary>
public sealed class BlockTrainingPage
{
    private const double WeightPerPage = 20;
    private const double MinimumWeight = 0.05;
    private const double MaximumWeight = 3;

    /// <summary>Without the block candidate: the rule-based text is a feature.</summary>
    private static readonly ArticleExtractor RulesOnly = new(readEveryCandidate: false, blockTypes: new HashSet<PageType>());

    private readonly string[][] _blockWords;
    private readonly bool[] _inChosen;
    private readonly bool[] _repeated;
    private readonly Dictionary<string, int> _truth;

    private BlockTrainingPage(PageType type, IReadOnlyList<BlockExample> examples, string[][] blockWords, bool[] inChosen, bool[] repeated, Dictionary<string, int> truth)
    {
        Type = type;
        Examples = examples;
        _blockWords = blockWords;
        _inChosen = inChosen;
        _repeated = repeated;
        _truth = truth;
    }

    /// <summary>The page type the extractor gave the page.</summary>
    public PageType Type { get; }

    public IReadOnlyList<BlockExample> Examples { get; }

    /// <summary>Word F1 of the rule-based extractor's text.</summary>
    public double RuleF1 { get; private init; }

    public static BlockTrainingPage Read(string html, Uri? pageUri, string truth)
    {
        var article = RulesOnly.Extract(html, pageUri);
        using var document = PageParser.Parse(PreparedMarkup.From(html).Html);
        using var index = DomIndex.Attach(document);
        var blocks = document.Body is { } body ? BlockSegmenter.Segment(body) : [];
        var chosenWords = new WordPairs(BlockWords.Of(article.Text));
        var shapes = blocks.Select(b => BlockShape.Of(b, chosenWords)).ToArray();
        var features = BlockFeatures.Of(blocks, shapes, article.PageType);
        var truthWords = BlockWords.Of(truth);
        var truthPairs = new WordPairs(truthWords);
        var pageWords = Math.Max(1, blocks.Sum(b => b.Words.Length));
        var examples = blocks.Select((block, i) => new BlockExample(
            features[i],
            truthPairs.ShareIn(block.Words),
            Math.Clamp(WeightPerPage * block.Words.Length / pageWords, MinimumWeight, MaximumWeight))).ToList();
        var truthBag = WordBagF1.Bag(truthWords);
        return new BlockTrainingPage(article.PageType, examples, [.. blocks.Select(b => b.Words)], [.. shapes.Select(s => s.InChosen)], [.. blocks.Select(b => b.Repeated)], truthBag)
        {
            RuleF1 = WordBagF1.Of(WordBagF1.Bag(BlockWords.Of(article.Text)), truthBag),
        };
    }

    /// <summary>The model's probability for each block.</summary>
    public double[] Probabilities(BlockModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. Examples.Select(e => model.Probability(e.Features))];
    }

    /// <summary>Word F1 of the blocks kept at <paramref name="thresholds"/>, given their <paramref name="probabilities"/>.</summary>
    public double CandidateF1(double[] probabilities, BlockThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var kept = _blockWords.Where((_, i) => thresholds.Keeps(probabilities[i], _inChosen[i], _repeated[i])).SelectMany(words => words);
        return WordBagF1.Of(WordBagF1.Bag(kept), _truth);
    }
}
