using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Articles;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval pagetypes &lt;folder&gt; [--split tune|holdout|all]</c>: how often the detected page type matches
/// WCXB's page_type, per type, with the confusion counts (aggregates only, so it may run on the held-out part).
/// </summary>
internal static class EvalPageTypesCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A WCXB-style folder: ground-truth.json with page_type, html/<id>.html.gz." };
        var split = new Option<EvaluationSplit>("--split")
        {
            Description = "Pages to score: tune, holdout (numeric id divisible by 3, never tuned on) or all.",
            DefaultValueFactory = _ => EvaluationSplit.All,
        };
        var command = new Command("pagetypes", "Score page-type detection against a corpus's page_type.") { folder, split };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.LocalExtraction, async (services, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!, context.WorkingDirectory);
            if (!File.Exists(Path.Combine(root, ExtractionEvaluation.TruthFile)))
                throw new UsageException($"{root} holds no {ExtractionEvaluation.TruthFile}");
            var extractor = services.GetRequiredService<ArticleExtractor>();
            var report = PageTypeEvaluation.Run(root, parse.GetValue(split), (html, uri) => extractor.Extract(html, uri).PageType, ct);
            await WriteAsync(context.Output, report);
            return ExitCodes.Ok;
        }, token));
        return command;
    }

    private static async Task WriteAsync(TextWriter writer, PageTypeReport report)
    {
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"pages {report.Pages}, page type right {report.Correct} ({report.Accuracy:F3})"));
        var detected = Enum.GetValues<PageType>();
        await writer.WriteLineAsync($"{"true \\ detected",-15}{string.Concat(detected.Select(d => $"{d.ToString().ToLowerInvariant(),14}"))}  recall precision");
        foreach (var truth in report.TrueTypes)
        {
            var cells = string.Concat(detected.Select(d => $"{report.Confusion.GetValueOrDefault((truth, d)),14}"));
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{truth,-15}{cells}  {report.Recall(truth),6:F3} {report.Precision(truth),9:F3}"));
        }
    }
}
