using System.Globalization;
using System.Text.Json;

namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// A speaker's confidence as the share of right speakers measured for the same evidence and the same agreement of the
/// other opinions (<see cref="SpeakerOpinions"/>), counted on annotated articles (`eval calibrate-speakers`). Rare
/// evidence borrows from coarser groups: each level's share is shrunk towards its parent's by <see cref="Strength"/>
/// pseudo-counts (agreement alone, then `Source/Cue/Kind` with agreement, then the whole evidence key with agreement),
/// so a kind seen twice is trusted about as far as its group, one seen hundreds of times by its own record.
/// </summary>
public sealed class SpeakerCalibration
{
    private const string ResourceName = "NewsBot.Quotes.Ranking.speaker-calibration.json";

    private static readonly Lazy<SpeakerCalibration> EmbeddedCalibration = new(LoadEmbedded);

    private readonly Dictionary<string, (int Right, int Named)> _counts;

    public SpeakerCalibration(IReadOnlyDictionary<string, (int Right, int Named)> counts, double strength)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = new Dictionary<string, (int Right, int Named)>(counts, StringComparer.Ordinal);
        Strength = strength;
    }

    /// <summary>The table shipped with NewsBot.</summary>
    public static SpeakerCalibration Embedded => EmbeddedCalibration.Value;

    public double Strength { get; }

    public IReadOnlyDictionary<string, (int Right, int Named)> Counts => _counts;

    /// <summary>Counts right and named speakers per level of every evidence key (`Source/Cue/Kind/Resolution/distance+agreement`).</summary>
    public static SpeakerCalibration Fit(IEnumerable<(string Evidence, bool Right)> outcomes, double strength = 5)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var counts = new Dictionary<string, (int Right, int Named)>(StringComparer.Ordinal);
        foreach (var (evidence, right) in outcomes)
        {
            foreach (var level in Levels(evidence))
            {
                var (r, n) = counts.GetValueOrDefault(level);
                counts[level] = (r + (right ? 1 : 0), n + 1);
            }
        }

        return new SpeakerCalibration(counts, strength);
    }

    /// <summary>The smoothed share of right speakers for this evidence, 0 to 1.</summary>
    public double Confidence(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var share = 0.5;
        foreach (var level in Levels(evidence))
        {
            var (right, named) = _counts.GetValueOrDefault(level);
            share = (right + (Strength * share)) / (named + Strength);
        }

        return share;
    }

    /// <summary>
    /// How far the opinions' agreement alone moves the share right, against all speakers: below 1 where they disagree
    /// more often than usual, never above 1 (agreement is the rule, not extra evidence).
    /// </summary>
    public double AgreementFactor(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var plus = evidence.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0)
        {
            return 1;
        }

        var (right, named) = _counts.GetValueOrDefault("*");
        var overall = (right + (Strength * 0.5)) / (named + Strength);
        var (agreeing, total) = _counts.GetValueOrDefault("*" + evidence[plus..]);
        return Math.Min(1, (agreeing + (Strength * overall)) / (total + Strength) / overall);
    }

    /// <summary>From the coarsest to the finest: all, agreement, `Source/Cue/Kind+agreement`, the whole key.</summary>
    private static IEnumerable<string> Levels(string evidence)
    {
        var plus = evidence.IndexOf('+', StringComparison.Ordinal);
        var agreement = plus < 0 ? string.Empty : evidence[plus..];
        var key = plus < 0 ? evidence : evidence[..plus];
        var parts = key.Split('/');
        yield return "*";
        yield return "*" + agreement;
        yield return string.Join('/', parts.Take(3)) + agreement;
        yield return key + agreement;
    }

    public static SpeakerCalibration FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var counts = RightNamedCounts.Read(root);
        return new SpeakerCalibration(counts, root.GetProperty("strength").GetDouble());
    }

    /// <summary>Keys in ordinal order: the same outcomes give the same file.</summary>
    public string ToJson()
    {
        return EmbeddedJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("table", "right and named speakers per evidence level (NewsBot.Core.Quotes.Ranking.SpeakerCalibration)");
            writer.WriteNumber("strength", Strength);
            RightNamedCounts.Write(writer, _counts);
            writer.WriteEndObject();
        });
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_counts.Count} evidence levels, strength {Strength}");

    private static SpeakerCalibration LoadEmbedded() => FromJson(EmbeddedJson.Read(ResourceName));
}
