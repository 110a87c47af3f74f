namespace NewsBot.Core.Quotes.Calibration;

/// <summary>Gives the rules' own choices the confidence their measured evidence earns; the ranker's proposals keep their probability.</summary>
internal static class RuleConfidenceAdjustment
{
    public static void Apply(RuleConfidenceTable table, IReadOnlyList<Attribution> rules, Attribution[] found, string language)
    {
        for (var i = 0; i < found.Length; i++)
        {
            if (rules[i].Speaker is null || found[i].Source == AttributionSource.Ranked)
            {
                continue;
            }

            // The rules' key without the other opinions' agreement: what the table was counted on.
            var confidence = table.Confidence(found[i].Confidence, rules[i].Evidence, language);
            found[i] = confidence == found[i].Confidence ? found[i] : found[i] with { Confidence = confidence };
        }
    }
}
