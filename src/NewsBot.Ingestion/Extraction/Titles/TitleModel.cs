using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>
/// A conditional logit over <see cref="TitleFeatures.Names"/>: a linear score per title candidate, compared by a softmax
/// with the page's other candidates, gives the probability that a candidate is the page's title. The chooser keeps the
/// rules' title when no candidate reaches <see cref="MinimumProbability"/>. The shipped model is `title-model.json`,
/// embedded; `eval train-titles` writes a new one.
/// </summary>
public sealed class TitleModel
{
    private const string ResourceName = "NewsBot.Ingestion.Extraction.Titles.title-model.json";

    private static readonly Lazy<TitleModel> EmbeddedModel = new(LoadEmbedded);

    private readonly double[] _weights;

    public TitleModel(IReadOnlyList<double> weights, double minimumProbability)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != TitleFeatures.Names.Count)
        {
            throw new ArgumentException($"a title model needs {TitleFeatures.Names.Count} weights, not {weights.Count}", nameof(weights));
        }

        _weights = [.. weights];
        MinimumProbability = minimumProbability;
    }

    /// <summary>The model shipped with NewsBot.</summary>
    public static TitleModel Embedded => EmbeddedModel.Value;

    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Below this probability the best candidate gives way to the rules' title.</summary>
    public double MinimumProbability { get; }

    public double Score(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var score = 0.0;
        for (var i = 0; i < _weights.Length; i++)
        {
            score += _weights[i] * features[i];
        }

        return score;
    }

    /// <summary>Each candidate's probability against the page's others (a softmax over their scores).</summary>
    public double[] Probabilities(IReadOnlyList<IReadOnlyList<double>> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var scores = candidates.Select(Score).ToArray();
        var max = scores.Max();
        var total = scores.Sum(s => Math.Exp(s - max));
        return [.. scores.Select(s => Math.Exp(s - max) / total)];
    }

    public TitleModel WithMinimumProbability(double minimumProbability) => new(_weights, minimumProbability);

    /// <summary>Reads a model written by <see cref="ToJson"/>; every feature must be named, in any order.</summary>
    public static TitleModel FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var weights = root.GetProperty("weights");
        var values = TitleFeatures.Names.Select(name => weights.TryGetProperty(name, out var value)
            ? value.GetDouble()
            : throw new InvalidDataException($"the title model has no weight for feature '{name}'")).ToList();
        return new TitleModel(values, root.GetProperty("minimum_probability").GetDouble());
    }

    /// <summary>The model as indented JSON, weights rounded to six decimals: the same model gives the same file.</summary>
    public string ToJson() => EmbeddedJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("model", "conditional logit over a page's title candidates (NewsBot.Ingestion.Extraction.Titles)");
        writer.WriteNumber("minimum_probability", Math.Round(MinimumProbability, 6));
        writer.WriteStartObject("weights");
        for (var i = 0; i < _weights.Length; i++)
        {
            writer.WriteNumber(TitleFeatures.Names[i], Math.Round(_weights[i], 6));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"title model ({_weights.Length} weights, minimum {MinimumProbability})");

    private static TitleModel LoadEmbedded()
    {
        using var stream = typeof(TitleModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
