using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Calibration;

namespace NewsBot.Evaluation;

/// <summary>
/// What `eval calibrate-rules` does, in one deterministic pass: count the rules' outcomes, choose the policy by k-fold
/// cross-validation over articles, report rules now against recalibrated on the held-out folds, and fit the table on
/// all articles. The same files in the same order give the same table (a test holds the shipped one to it).
/// </summary>
internal static class RuleConfidenceCalibrationRun
{
    public const string DefaultSplit = "train,tune";

    public const int DefaultFolds = 10;

    public static (RuleConfidenceTable Table, List<string> Lines) Run(IReadOnlyList<string> paths, string? split = DefaultSplit, int folds = DefaultFolds, int tableSupport = 0)
    {
        var outcomes = RuleConfidenceFit.Outcomes(paths, split ?? DefaultSplit);
        var lines = tableSupport > 0 ? RuleConfidenceFit.EvidenceTable(outcomes, tableSupport).ToList() : [];
        var now = RuleConfidenceCrossValidation.HeldOut(outcomes, folds, candidate: null);
        var (chosen, mostChanging) = RuleConfidenceCrossValidation.Choose(outcomes, folds, now, RuleBasedQuoteExtractor.DefaultMinSpeakerConfidence);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} scored quotes; chosen by {folds}-fold cross-validation: strength {chosen.Strength}, {chosen.Policy}"));
        lines.AddRange(RuleConfidenceCrossValidation.Compare(now, RuleConfidenceCrossValidation.HeldOut(outcomes, folds, chosen)));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"the candidate that changes most (qualifying or not): strength {mostChanging.Strength}, {mostChanging.Policy}"));
        lines.AddRange(RuleConfidenceCrossValidation.Compare(now, RuleConfidenceCrossValidation.HeldOut(outcomes, folds, mostChanging)));
        var table = RuleConfidenceTable.Fit(outcomes.Where(o => o.Choice is not null).Select(o => o.Choice!), chosen.Strength, chosen.Policy);
        lines.Add($"table: {table}");
        return (table, lines);
    }
}
