using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;
using NewsBot.Output;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval extraction &lt;folder&gt; [--output pred.json] [--worst N]</c>: main-text precision, recall and F1 on
/// an article-extraction-benchmark folder, with the metric of eval_extraction.py (which can score the same --output).
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A folder with ground-truth.json and html/<id>.html.gz." };
        var output = new Option<string?>("--output") { Description = "Write the predictions as {id: {\"articleBody\": …}} to this file." };
        var worst = new Option<int>("--worst") { Description = "Also list the N lowest-scoring pages.", DefaultValueFactory = _ => 0 };
        worst.Validators.Add(result => CommonOptions.RequireRange(result, 0, 1000));
        var command = new Command("extraction", "Score main-text extraction (shingle precision/recall/F1) on a corpus folder.")
        {
            folder, output, worst,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, async (services, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!, context.WorkingDirectory);
            if (!File.Exists(Path.Combine(root, ExtractionEvaluation.TruthFile)))
                throw new UsageException($"{root} holds no {ExtractionEvaluation.TruthFile}");
            var extractor = services.GetRequiredService<ArticleExtractor>();
            var report = ExtractionEvaluation.Run(root, (html, uri) => extractor.Extract(html, uri).Text, ct);
            if (parse.GetValue(output) is { } path)
            {
                var target = Path.GetFullPath(path, context.WorkingDirectory);
                await File.WriteAllTextAsync(target, JsonSerializer.Serialize(report.Predictions(), JsonOutput.Options), ct);
                await context.Output.WriteLineAsync($"predictions: {target}");
            }

            await WriteAsync(context.Output, report, parse.GetValue(worst));
            return ExitCodes.Ok;
        }, token));
        return command;
    }

    private static async Task WriteAsync(TextWriter writer, ExtractionReport report, int worst)
    {
        var score = report.Score;
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"pages {report.Pages.Count} (without html: {report.MissingPages})"));
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"precision {score.Precision:F6}"));
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"recall    {score.Recall:F6}"));
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"F1        {score.F1:F6}"));
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"accuracy  {report.Accuracy:F6}"));
        foreach (var page in report.Pages.OrderBy(p => Math.Min(p.Score.Precision, p.Score.Recall)).Take(worst))
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {page.Id} P {page.Score.Precision:F3} R {page.Score.Recall:F3}"));
        }
    }
}
