using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Articles;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;
using NewsBot.Output;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval extraction &lt;folder&gt; [--split tune|holdout|all] [--output pred.json] [--worst N]</c>: main-text quality on
/// a corpus folder. With ground-truth.json: eval_extraction.py's shingle metric, and eval_wcxb.py's word-bag F1 per
/// page type when the truth gives page types (both scripts can score the same --output). With trafilatura's
/// evaldata.json: its snippet precision, recall and F1.
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A folder with ground-truth.json (or evaldata.json) and html/<id>.html.gz." };
        var output = new Option<string?>("--output") { Description = "Write the predictions as {id: {\"articleBody\": …, \"pageType\": …}} to this file." };
        var worst = new Option<int>("--worst") { Description = "Also list the N lowest-scoring pages of the tune split.", DefaultValueFactory = _ => 0 };
        worst.Validators.Add(result => CommonOptions.RequireRange(result, 0, 1000));
        var split = new Option<EvaluationSplit>("--split")
        {
            Description = "Pages to score: tune, holdout (numeric id divisible by 3, never tuned on) or all.",
            DefaultValueFactory = _ => EvaluationSplit.All,
        };
        var blockTypes = new Option<string?>("--block-types")
        {
            Description = "Let the block classifier give the text of these detected page types (comma-separated, e.g. listing,product; off by default).",
        };
        var command = new Command("extraction", "Score main-text extraction on a corpus folder (shingle F1, WCXB word F1, or trafilatura snippets).")
        {
            folder, output, worst, split, blockTypes,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.LocalExtraction, async (services, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!, context.WorkingDirectory);
            var chosenSplit = parse.GetValue(split);
            var worstCount = parse.GetValue(worst);
            if (worstCount > 0 && chosenSplit == EvaluationSplit.Holdout)
                throw new UsageException("--worst lists tune pages only: the held-out split shows aggregate figures, never its pages");
            var extractor = parse.GetValue(blockTypes) is { } types
                ? new ArticleExtractor(ParseTypes(types))
                : services.GetRequiredService<ArticleExtractor>();
            PageExtraction Extract(string html, Uri? uri)
            {
                var article = extractor.Extract(html, uri);
                return new PageExtraction(article.Text, article.TextSource, article.PageType.ToString().ToLowerInvariant());
            }

            if (File.Exists(Path.Combine(root, ExtractionEvaluation.TruthFile)))
            {
                var report = ExtractionEvaluation.Run(root, Extract, chosenSplit, ct);
                await WritePredictionsAsync(context, parse.GetValue(output), report.Predictions(), ct);
                await ExtractionReportWriter.WriteAsync(context.Output, report, chosenSplit, worstCount);
            }
            else if (File.Exists(Path.Combine(root, SnippetEvaluation.SnippetFile)))
            {
                var report = SnippetEvaluation.Run(root, Extract, chosenSplit, ct);
                var predictions = report.Pages.ToDictionary(p => p.Id, p => new PredictedBody(p.Predicted), StringComparer.Ordinal);
                await WritePredictionsAsync(context, parse.GetValue(output), predictions, ct);
                await SnippetReportWriter.WriteAsync(context.Output, report, chosenSplit, worstCount);
            }
            else
            {
                throw new UsageException($"{root} holds neither {ExtractionEvaluation.TruthFile} nor {SnippetEvaluation.SnippetFile}");
            }

            await ExtractionReportWriter.WriteWorkAsync(context.Output, extractor.Work);

            return ExitCodes.Ok;
        }, token));
        return command;
    }

    private static HashSet<PageType> ParseTypes(string names) =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name =>
            Enum.TryParse<PageType>(name, ignoreCase: true, out var type) ? type : throw new UsageException($"no page type '{name}'"))];

    private static async Task WritePredictionsAsync(
        CliContext context, string? path, IReadOnlyDictionary<string, PredictedBody> predictions, CancellationToken ct)
    {
        if (path is null)
            return;
        var target = Path.GetFullPath(path, context.WorkingDirectory);
        await File.WriteAllTextAsync(target, JsonOutput.Serialize(predictions), ct);
        await context.Output.WriteLineAsync($"predictions: {target}");
    }
}
