using System.Globalization;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>Prints a snippet report with trafilatura's precision, recall, accuracy and F1.</summary>
internal static class SnippetReportWriter
{
    public static async Task WriteAsync(TextWriter writer, SnippetReport report, EvaluationSplit split, int worst)
    {
        var counts = report.Counts;
        await writer.WriteLineAsync(Invariant($"pages {report.Pages.Count} (without html: {report.MissingPages}), split {split.ToString().ToLowerInvariant()}"));
        await writer.WriteLineAsync(Invariant(
            $"snippets: TP {counts.TruePositive} FP {counts.FalsePositive} FN {counts.FalseNegative} TN {counts.TrueNegative}"));
        await writer.WriteLineAsync(Invariant($"precision {counts.Precision:F3}  recall {counts.Recall:F3}  accuracy {counts.Accuracy:F3}  F1 {counts.F1:F3}"));
        await writer.WriteLineAsync(Invariant($"pages missing a with-snippet or showing a without-snippet: {report.ImperfectPages}"));
        await ExtractionReportWriter.WriteCandidatesAsync(writer, report.CandidateWins());
        var ordered = report.Pages.Where(p => EvaluationSplit.Tune.Includes(p.Id))
            .OrderByDescending(p => p.Counts.FalseNegative + p.Counts.FalsePositive);
        foreach (var page in ordered.Take(worst))
        {
            await writer.WriteLineAsync(Invariant(
                $"  {page.Id} missing {page.Counts.FalseNegative} leaked {page.Counts.FalsePositive} {page.Candidate}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
