using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Quotes.Calibration;

/// <summary>
/// The rules' right and named speakers counted per evidence key and language (`eval calibrate-rules`), kept apart for
/// choices the hand-set confidence (<see cref="AttributionConfidence"/>) showed and ones it held below the bar: the
/// hand-set factors were measured mostly on English, so a cue can be surer in its own language than they say. Rare
/// evidence borrows from coarser groups (band, then `Source/Cue/Kind`, then the whole key, then the key in the
/// language), each level's share shrunk towards its parent's by <see cref="Strength"/> pseudo-counts.
/// </summary>
public sealed class RuleConfidenceTable
{
    private const string ResourceName = "NewsBot.Quotes.Calibration.rule-confidence.json";

    private static readonly Lazy<RuleConfidenceTable> EmbeddedTable = new(() => FromJson(EmbeddedJson.Read(ResourceName)));

    private readonly Dictionary<string, (int Right, int Named)> _counts;

    public RuleConfidenceTable(IReadOnlyDictionary<string, (int Right, int Named)> counts, double strength, RuleConfidencePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(policy);
        _counts = new Dictionary<string, (int Right, int Named)>(counts, StringComparer.Ordinal);
        Strength = strength;
        Policy = policy;
    }

    /// <summary>The table shipped with NewsBot.</summary>
    public static RuleConfidenceTable Embedded => EmbeddedTable.Value;

    public double Strength { get; }

    public RuleConfidencePolicy Policy { get; }

    public IReadOnlyDictionary<string, (int Right, int Named)> Counts => _counts;

    /// <summary>Counts right and named speakers at every level of each rules' choice.</summary>
    public static RuleConfidenceTable Fit(IEnumerable<RuleChoice> choices, double strength, RuleConfidencePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var counts = new Dictionary<string, (int Right, int Named)>(StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            foreach (var level in Levels(choice))
            {
                var (right, named) = counts.GetValueOrDefault(level);
                counts[level] = (right + (choice.Right ? 1 : 0), named + 1);
            }
        }

        return new RuleConfidenceTable(counts, strength, policy);
    }

    /// <summary>The confidence of a rules' choice: the hand-set one unless its evidence's measured precision overrules it.</summary>
    public double Confidence(double handSet, string evidence, string language) => handSet >= Policy.Bar
        ? handSet
        : Policy.Adjust(handSet, Precision(new RuleChoice(evidence, language, Shown: false)), Strength);

    /// <summary>The smoothed share right for this evidence, and the named speakers behind its finest level.</summary>
    public (double Share, int Support) Precision(RuleChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var share = 0.5;
        var support = 0;
        foreach (var level in Levels(choice))
        {
            (var right, support) = _counts.GetValueOrDefault(level);
            share = (right + (Strength * share)) / (support + Strength);
        }

        return (share, support);
    }

    /// <summary>From the coarsest to the finest: the band, `band|Source/Cue/Kind`, `band|key`, `band|key@language`.</summary>
    internal static IEnumerable<string> Levels(RuleChoice choice)
    {
        var band = choice.Shown ? "shown" : "held";
        var parts = choice.Evidence.Split('/');
        yield return band;
        yield return band + "|" + string.Join('/', parts.Take(3));
        yield return band + "|" + choice.Evidence;
        yield return band + "|" + choice.Evidence + "@" + choice.Language;
    }

    public static RuleConfidenceTable FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var counts = RightNamedCounts.Read(root);
        var policy = root.GetProperty("policy");
        return new RuleConfidenceTable(counts, root.GetProperty("strength").GetDouble(), new RuleConfidencePolicy(
            policy.GetProperty("bar").GetDouble(), policy.GetProperty("spread").GetDouble(), policy.GetProperty("release").GetDouble()));
    }

    /// <summary>Keys in ordinal order: the same choices give the same file.</summary>
    public string ToJson() => EmbeddedJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("table", "the rules' right and named speakers per band, evidence and language (NewsBot.Core.Quotes.Calibration.RuleConfidenceTable)");
        writer.WriteNumber("strength", Strength);
        writer.WriteStartObject("policy");
        writer.WriteNumber("bar", Policy.Bar);
        writer.WriteNumber("spread", Policy.Spread);
        writer.WriteNumber("release", Policy.Release);
        writer.WriteEndObject();
        RightNamedCounts.Write(writer, _counts);
        writer.WriteEndObject();
    });

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_counts.Count} evidence levels, strength {Strength}, {Policy}");
}
