using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.Titles;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval metadata &lt;folder&gt; [--misses] [--split tune|holdout|all]</c>: how often title, byline, published day, site name
/// and language match expected-metadata.json, by the rules of <see cref="MetadataScoring"/>; on a WCXB folder
/// (ground-truth.json), title, author and publish_date by the rules of <see cref="WcxbMetadataEvaluation"/>.
/// </summary>
internal static class EvalMetadataCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of pages/<name>/source.html with expected-metadata.json." };
        var misses = new Option<bool>("--misses") { Description = "Also list every mismatch, expected against extracted (WCXB: and the values given where the truth is empty)." };
        var split = new Option<EvaluationSplit>("--split")
        {
            Description = "WCXB folders only: tune, holdout (numeric id divisible by 3; misses never listed) or all.",
            DefaultValueFactory = _ => EvaluationSplit.All,
        };
        var titleModel = new Option<FileInfo?>("--title-model") { Description = "Choose titles with this model (from `eval train-titles`) instead of the shipped one." };
        var command = new Command("metadata", "Compare extracted metadata with expected-metadata.json files, or a WCXB ground-truth.json.") { folder, misses, split, titleModel };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.LocalExtraction, async (services, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!, context.WorkingDirectory);
            if (!Directory.Exists(root))
                throw new UsageException($"{root} is not a folder");
            var extractor = parse.GetValue(titleModel) is { } modelFile
                ? new ArticleExtractor { TitleModel = TitleModel.FromJson(await File.ReadAllTextAsync(Path.GetFullPath(modelFile.ToString(), context.WorkingDirectory), ct)) }
                : services.GetRequiredService<ArticleExtractor>();
            MetadataReport report;
            try
            {
                report = File.Exists(Path.Combine(root, ExtractionEvaluation.TruthFile))
                    ? WcxbMetadataEvaluation.Run(root, parse.GetValue(split), (html, uri) => extractor.Extract(html, uri).Metadata, ct)
                    : MetadataEvaluation.Run(root, (html, uri) => extractor.Extract(html, uri).Metadata, ct);
            }
            catch (DirectoryNotFoundException e)
            {
                throw new UsageException(e.Message, e);
            }

            await context.Output.WriteLineAsync($"pages {report.Pages} (fields scored where the expected value is not null)");
            foreach (var field in report.Fields)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{field.Field,-14} {field.Hits,3}/{field.Total,-3} {field.Rate:F3}"));
            }

            foreach (var field in report.GivenWhereEmpty)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{field.Field,-14} given where the truth is empty: {field.Hits}/{field.Total} (not scored)"));
            }

            foreach (var field in report.MissesWithAValue)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{field.Field,-14} misses: {field.Total}, another value given {field.Hits}, none {field.Total - field.Hits}"));
            }

            if (parse.GetValue(misses))
            {
                foreach (var miss in report.Misses.Concat(report.GivenWhereEmptyPages))
                    await context.Output.WriteLineAsync($"  {miss.Page} {miss.Field}: expected «{miss.Expected}» got «{miss.Actual}»");
            }

            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
