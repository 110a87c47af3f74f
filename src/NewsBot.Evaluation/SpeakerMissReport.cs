using System.Globalization;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Evaluation;

/// <summary>
/// Where the right speaker sits when we answer none (issue #11), one line of shares per corpus: the rules chose below
/// their threshold (the right speaker or another), a cue names no one, the annotated speaker is the ranker's first or a lower candidate (and how often
/// only the discourse sources found it), or where the name stands in the text when no candidate names it. Aggregates
/// only, so it may be printed for held-out halves.
/// </summary>
internal static class SpeakerMissReport
{
    private static readonly string[] Places = ["sentence", "paragraph", "previous-paragraph", "earlier", "later", "absent", "unplaced"];
    private static readonly int Rule = IndexOf("rule");
    private static readonly int Near = IndexOf("mentioned_near");
    private static readonly int Previous = IndexOf("previous_speaker");

    public static IEnumerable<string> Run(IReadOnlyList<SpeakerFoldExample> examples, SpeakerModel model)
    {
        foreach (var corpus in examples.Select(e => e.Corpus).Distinct().Order(StringComparer.Ordinal))
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var (misses, goldProbability) = (0, 0.0);
            foreach (var example in examples.Where(e => e.Corpus == corpus && e.GoldNamed))
            {
                var probabilities = model.Probabilities(example.Example.Candidates);
                if (SpeakerProposalOutcome.Of(example, probabilities, SpeakerModel.ProposalThreshold) != 0)
                {
                    continue;
                }

                misses++;
                var (kind, probability) = Kind(example, probabilities);
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                goldProbability += probability;
                if (kind.StartsWith("candidate", StringComparison.Ordinal) && OnlyFromDiscourse(example.Example))
                {
                    counts["from-discourse-only"] = counts.GetValueOrDefault("from-discourse-only") + 1;
                }
            }

            var shares = string.Join('\t', counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value / (double)Math.Max(1, misses):0.000}")));
            yield return string.Create(CultureInfo.InvariantCulture,
                $"none\t{corpus}\t({misses})\tgold candidate's mean probability {goldProbability / Math.Max(1, misses):0.000}\t{shares}");
        }
    }

    private static (string Kind, double GoldProbability) Kind(SpeakerFoldExample example, double[] probabilities)
    {
        if (example.RuleChose)
        {
            // Right or wrong apart: a held choice is worth releasing only as far as it is right (issue #11 read the sum as right ones).
            return (example.Example.Right[0] ? "rule-below-threshold-right" : "rule-below-threshold-wrong", 0);
        }

        var right = example.Example.Right;
        var gold = -1;
        for (var i = 0; i < right.Count; i++)
        {
            gold = right[i] && (gold < 0 || probabilities[i] > probabilities[gold]) ? i : gold;
        }

        if (gold < 0)
        {
            return (Places.Contains(example.Place) ? $"text-{example.Place}" : "text-unplaced", 0);
        }

        var first = SpeakerProposalOutcome.Best(probabilities).Index == gold;
        var unnamed = example.Example.Candidates[0][IndexOf("unnamed_by_cue")] > 0;
        return (unnamed ? "cue-names-no-one" : first ? "candidate-first" : "candidate-lower", probabilities[gold]);
    }

    private static bool OnlyFromDiscourse(SpeakerQuoteExample example)
    {
        for (var i = 0; i < example.Right.Count; i++)
        {
            var features = example.Candidates[i];
            if (example.Right[i] && (features[Rule] > 0 || features[Near] > 0 || features[Previous] > 0))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(string feature) => SpeakerModel.FeatureNames.ToList().IndexOf(feature);
}
