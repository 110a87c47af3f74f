using System.Text.Json;

namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// A conditional logit over <see cref="FeatureNames"/>: a linear score per speaker candidate, compared by a softmax
/// with "no speaker", gives the probability that a candidate is the quote's speaker.
/// The shipped model is `speaker-model.json`, embedded; `eval train-speakers` writes a new one.
/// </summary>
public sealed class SpeakerModel
{
    private const string ResourceName = "NewsBot.Quotes.Ranking.speaker-model.json";

    private static readonly Lazy<SpeakerModel> EmbeddedModel = new(LoadEmbedded);

    /// <summary>
    /// A name no cue gave must be this sure before the ranker proposes it (README "Speaker ranker": across corpora about
    /// nine in ten of these were right; the 0.7 that issue #11's cross-validation chose raised the news check half's wrong).
    /// </summary>
    public const double ProposalThreshold = 0.8;

    private readonly double[] _weights;

    public SpeakerModel(IReadOnlyList<double> weights, double bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != FeatureNames.Count)
        {
            throw new ArgumentException($"a speaker model needs {FeatureNames.Count} weights, not {weights.Count}", nameof(weights));
        }

        _weights = [.. weights];
        Bias = bias;
    }

    /// <summary>The features every model is written over, in order.</summary>
    public static IReadOnlyList<string> FeatureNames => CandidateFeatures.Names;

    /// <summary>The model shipped with NewsBot.</summary>
    public static SpeakerModel Embedded => EmbeddedModel.Value;

    public IReadOnlyList<double> Weights => _weights;

    public double Bias { get; }

    /// <summary>
    /// Trained with the discourse candidates (the next quote's speaker, persons named further back): the ranker lists
    /// them only for such a model, since a model trained without them would spread its probability over names it never saw.
    /// </summary>
    public bool DiscourseCandidates { get; init; }

    /// <summary>A candidate's score; "no speaker" scores 0.</summary>
    public double Score(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var score = Bias;
        for (var i = 0; i < _weights.Length; i++)
        {
            score += _weights[i] * features[i];
        }

        return score;
    }

    /// <summary>
    /// The probability of each candidate against the others and against "no speaker" (a softmax over the scores and
    /// 0); what is left over to 1 is the probability that none of them said it.
    /// </summary>
    public double[] Probabilities(IReadOnlyList<IReadOnlyList<double>> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var scores = candidates.Select(Score).ToArray();
        var max = Math.Max(0, scores.Length == 0 ? 0 : scores.Max());
        var none = Math.Exp(-max);
        var total = none + scores.Sum(s => Math.Exp(s - max));
        return [.. scores.Select(s => Math.Exp(s - max) / total)];
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>; every feature must be named, in any order.</summary>
    public static SpeakerModel FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var weights = root.GetProperty("weights");
        var values = FeatureNames.Select(name => weights.TryGetProperty(name, out var value)
            ? value.GetDouble()
            : throw new InvalidDataException($"the speaker model has no weight for feature '{name}'")).ToList();
        var discourse = root.TryGetProperty("discourse_candidates", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new SpeakerModel(values, root.GetProperty("bias").GetDouble()) { DiscourseCandidates = discourse };
    }

    /// <summary>The model as indented JSON, weights rounded to six decimals: the same model gives the same file.</summary>
    public string ToJson()
    {
        return EmbeddedJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("model", "conditional logit over speaker candidates and no speaker (NewsBot.Core.Quotes.Ranking)");
            writer.WriteNumber("bias", Math.Round(Bias, 6));
            writer.WriteBoolean("discourse_candidates", DiscourseCandidates);
            writer.WriteStartObject("weights");
            for (var i = 0; i < _weights.Length; i++)
            {
                writer.WriteNumber(FeatureNames[i], Math.Round(_weights[i], 6));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static SpeakerModel LoadEmbedded() => FromJson(EmbeddedJson.Read(ResourceName));
}
