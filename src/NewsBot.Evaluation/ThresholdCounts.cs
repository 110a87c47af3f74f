namespace NewsBot.Evaluation;

/// <summary>One article's speaker counts at each confidence threshold of <see cref="SpeakerConfidenceReport.Thresholds"/>.</summary>
internal sealed record ThresholdCounts(string Corpus, int[] Right, int[] Wrong, int[] Scored)
{
    public static ThresholdCounts Empty(string corpus, int thresholds) => new(corpus, new int[thresholds], new int[thresholds], new int[thresholds]);
}
