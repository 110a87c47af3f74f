using System.Text;
using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// A logistic regression over a block's hashed features: the probability that the block is main text. Blocks scoring
/// at least <see cref="Threshold"/> make the block candidate. The shipped model is `block-model.json`, embedded;
/// `eval train-blocks` writes a new one.
/// </summary>
public sealed class BlockModel
{
    private const string ResourceName = "NewsBot.Ingestion.Extraction.Blocks.block-model.json";

    private static readonly Lazy<BlockModel> EmbeddedModel = new(() => FromJson(ReadEmbedded()));

    private readonly double[] _weights;

    public BlockModel(IReadOnlyList<double> weights, double bias, IReadOnlyDictionary<PageType, BlockThresholds>? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != FeatureHash.Buckets)
        {
            throw new ArgumentException($"a block model needs {FeatureHash.Buckets} weights, not {weights.Count}", nameof(weights));
        }

        _weights = [.. weights];
        Bias = bias;
        Thresholds = thresholds ?? new Dictionary<PageType, BlockThresholds>();
    }

    /// <summary>The model shipped with NewsBot.</summary>
    public static BlockModel Embedded => EmbeddedModel.Value;

    public IReadOnlyList<double> Weights => _weights;

    public double Bias { get; }

    /// <summary>The thresholds per page type; a type without them keeps the rules' text.</summary>
    public IReadOnlyDictionary<PageType, BlockThresholds> Thresholds { get; }

    public BlockThresholds ThresholdsFor(PageType type) => Thresholds.TryGetValue(type, out var own) ? own : BlockThresholds.Rules;

    public double Probability(FeatureVector features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var score = Bias;
        for (var i = 0; i < features.Indices.Length; i++)
        {
            score += _weights[features.Indices[i]] * features.Values[i];
        }

        return 1 / (1 + Math.Exp(-score));
    }

    public BlockModel WithThresholds(IReadOnlyDictionary<PageType, BlockThresholds> thresholds) => new(_weights, Bias, thresholds);

    public static BlockModel FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var weights = root.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToList();
        var thresholds = root.GetProperty("thresholds").EnumerateObject().ToDictionary(
            t => Enum.Parse<PageType>(t.Name, ignoreCase: true),
            t => new BlockThresholds(t.Value.GetProperty("keep").GetDouble(), t.Value.GetProperty("add").GetDouble()));
        return new BlockModel(weights, root.GetProperty("bias").GetDouble(), thresholds);
    }

    /// <summary>Compact JSON, weights rounded to four decimals: the same model gives the same file.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("model", "logistic regression over hashed block features (NewsBot.Ingestion.Extraction.Blocks)");
            writer.WriteNumber("buckets", FeatureHash.Buckets);
            writer.WriteStartObject("thresholds");
            foreach (var (type, threshold) in Thresholds.OrderBy(t => t.Key))
            {
                writer.WriteStartObject(type.ToString().ToLowerInvariant());
                writer.WriteNumber("keep", Math.Round(threshold.Keep, 4));
                writer.WriteNumber("add", Math.Round(threshold.Add, 4));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteNumber("bias", Math.Round(Bias, 4));
            writer.WriteStartArray("weights");
            foreach (var weight in _weights)
            {
                writer.WriteNumberValue(Math.Round(weight, 4));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(BlockModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

}
