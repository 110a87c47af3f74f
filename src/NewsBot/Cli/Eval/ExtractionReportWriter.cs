using System.Globalization;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Cli.Eval;

/// <summary>Prints an extraction report: the shingle metric, then the WCXB word-bag F1 per page type, then candidate wins.</summary>
internal static class ExtractionReportWriter
{
    public static async Task WriteAsync(TextWriter writer, ExtractionReport report, EvaluationSplit split, int worst)
    {
        var score = report.Score;
        await writer.WriteLineAsync(Invariant($"pages {report.Pages.Count} (without html: {report.MissingPages}), split {split.ToString().ToLowerInvariant()}"));
        await writer.WriteLineAsync(Invariant($"precision {score.Precision:F6}"));
        await writer.WriteLineAsync(Invariant($"recall    {score.Recall:F6}"));
        await writer.WriteLineAsync(Invariant($"F1        {score.F1:F6}"));
        await writer.WriteLineAsync(Invariant($"accuracy  {report.Accuracy:F6}"));
        if (report.HasPageTypes)
        {
            await writer.WriteLineAsync(string.Join("  ", report.WordF1ByType().Select(t => Invariant($"{t.Type}={t.WordF1:F3} ({t.Pages})"))));
            await writer.WriteLineAsync(Invariant($"word-F1 {report.WordF1:F3} over {report.Pages.Count} pages; below 0.5: {report.PagesBelowHalf}"));
        }

        await WriteCandidatesAsync(writer, report.CandidateWins());
        var tunePages = report.Pages.Where(p => EvaluationSplit.Tune.Includes(p.Id));
        var ordered = report.HasPageTypes
            ? tunePages.OrderBy(p => p.WordF1)
            : tunePages.OrderBy(p => Math.Min(p.Score.Precision, p.Score.Recall));
        foreach (var page in ordered.Take(worst))
        {
            await writer.WriteLineAsync(Invariant(
                $"  {page.Id} word-F1 {page.WordF1:F3} P {page.Score.Precision:F3} R {page.Score.Recall:F3} {page.PageType} {page.Candidate}"));
        }
    }

    public static async Task WriteCandidatesAsync(TextWriter writer, IReadOnlyList<(string Candidate, int Pages)> wins)
    {
        if (wins.Count > 0)
        {
            await writer.WriteLineAsync("candidates: " + string.Join("  ", wins.Select(w => Invariant($"{w.Candidate} {w.Pages}"))));
        }
    }

    /// <summary>How often each path ran: the work a speed change saves, where timings on a busy machine are noise.</summary>
    public static Task WriteWorkAsync(TextWriter writer, ExtractionWork work) =>
        writer.WriteLineAsync(Invariant(
            $"work: pages {work.Pages}, article path {work.ArticlePaths}, wide DOM reading {work.WideReadings}, content region found {work.RegionsFound}, written {work.RegionsWritten}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
