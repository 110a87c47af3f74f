using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Evaluation;

/// <summary>
/// Port of shared/tools/score_quotes.py (GenderGapTracker's metric): a prediction matches the unused gold `direct`
/// segment it covers best when it covers at least 30% of that segment's tokens; predictions over `mixed` segments
/// count neither way. Speaker accuracy counts matched quotes whose gold speaker is a name, correct on a shared token.
/// </summary>
public sealed partial class QuoteScorer
{
    private const double MinCoverage = 0.3;

    private static readonly HashSet<string> SpeakerStopTokens = ["the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "s"];
    private static readonly HashSet<string> Determiners = ["The", "A", "An", "His", "Her", "Their", "Its", "My", "Our", "Your", "This", "That"];

    public int Articles { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int SpeakersScored { get; private set; }

    public int SpeakersCorrect { get; private set; }

    /// <summary>Scored quotes left without a speaker: not wrong, but not right either.</summary>
    public int SpeakersAbstained { get; private set; }

    public int SpeakersWrong => SpeakersScored - SpeakersCorrect - SpeakersAbstained;

    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

    public double F1 => 2 * Precision * Recall / Math.Max(1e-9, Precision + Recall);

    public double SpeakerAccuracy => SpeakersCorrect / (double)Math.Max(1, SpeakersScored);

    /// <summary>
    /// Scores one article; <paramref name="mistakes"/>, when given, receives one line per error (for tuning), and
    /// <paramref name="speakerOutcomes"/> the index of each prediction whose speaker is scored, with whether it is right.
    /// </summary>
    public void Add(IReadOnlyList<GoldQuote> gold, IEnumerable<(string Text, string? Speaker)> predictions, ICollection<string>? mistakes = null, Action<int, bool>? speakerOutcomes = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        Articles++;
        var direct = gold.Where(q => q.Type == "direct").ToList();
        var mixed = gold.Where(q => q.Type == "mixed").ToList();
        var used = new HashSet<int>();
        var index = -1;
        foreach (var (text, speaker) in predictions)
        {
            index++;
            var best = 0.0;
            var bestIndex = -1;
            for (var i = 0; i < direct.Count; i++)
            {
                var coverage = used.Contains(i) ? 0 : Coverage(direct[i].Quote, text);
                if (!used.Contains(i) && coverage > best)
                {
                    (best, bestIndex) = (coverage, i);
                }
            }

            if (bestIndex >= 0 && best >= MinCoverage)
            {
                used.Add(bestIndex);
                TruePositives++;
                var right = ScoreSpeaker(direct[bestIndex], speaker);
                if (right is { } scored)
                {
                    speakerOutcomes?.Invoke(index, scored);
                }

                if (right == false)
                {
                    mistakes?.Add($"speaker: {speaker ?? "(null)"} instead of {direct[bestIndex].Speaker}: {text}");
                }
            }
            else if (!mixed.Any(m => Coverage(m.Quote, text) >= MinCoverage))
            {
                FalsePositives++;
                mistakes?.Add($"extra: {text}");
            }
        }

        FalseNegatives += direct.Count - used.Count;
        foreach (var missed in direct.Where((_, i) => !used.Contains(i)))
        {
            mistakes?.Add($"missed: {missed.Quote}");
        }
    }

    public override string ToString() =>
        $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} speaker_acc={SpeakerAccuracy:0.000} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives} speakers={SpeakersCorrect}/{SpeakersScored})";

    public static bool IsNamed(string? speaker) =>
        WordPattern().Matches(speaker ?? string.Empty).Any(m => char.IsUpper(m.Value[0]) && !Determiners.Contains(m.Value));

    public static List<string> Tokens(string? text) =>
        WordPattern().Matches((text ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLowerInvariant()).Select(m => m.Value).ToList();

    /// <summary>True or false when the gold speaker is a name and so scored; null otherwise.</summary>
    private bool? ScoreSpeaker(GoldQuote gold, string? predicted)
    {
        if (!IsScoredSpeaker(gold))
        {
            return null;
        }

        SpeakersScored++;
        if (string.IsNullOrWhiteSpace(predicted))
        {
            SpeakersAbstained++;
            return false;
        }

        if (SharesSpeakerWord(gold.Speaker, predicted))
        {
            SpeakersCorrect++;
            return true;
        }

        return false;
    }

    /// <summary>Whether a gold speaker counts as scored: a name, not a pronoun, a description or null.</summary>
    public static bool IsScoredSpeaker(GoldQuote gold) =>
        gold is { Speaker: not null } && gold.SpeakerPronoun != true && IsNamed(gold.Speaker);

    /// <summary>The metric's speaker match: the predicted and gold spans share a word (articles and `Mr`/`Ms`/`Dr` aside).</summary>
    public static bool SharesSpeakerWord(string? gold, string? predicted)
    {
        var goldTokens = Tokens(gold).Where(t => !SpeakerStopTokens.Contains(t)).ToHashSet();
        return Tokens(predicted).Any(t => !SpeakerStopTokens.Contains(t) && goldTokens.Contains(t));
    }

    /// <summary>The share of the gold segment's tokens the prediction covers.</summary>
    public static double Coverage(string gold, string predicted)
    {
        var goldTokens = Tokens(gold);
        var predictedTokens = Tokens(predicted).ToHashSet();
        return goldTokens.Count(predictedTokens.Contains) / (double)Math.Max(1, goldTokens.Count);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
