using System.CommandLine;
using System.Globalization;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction.Titles;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval train-titles &lt;wcxb folder&gt; --out title-model.json</c>: trains the title chooser on the folder's tune
/// half (never the held-out pages) and writes the model; the same pages give the same file.
/// </summary>
internal static class EvalTrainTitlesCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A WCXB-style folder (ground-truth.json, html/<id>.html.gz)." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (JSON).", Required = true };
        var candidates = new Option<FileInfo?>("--candidates") { Description = "Also write every tune candidate, its features and whether it is right (TSV)." };
        var l2 = new Option<double>("--l2") { Description = "The L2 penalty on the weights.", DefaultValueFactory = _ => TitleModelTrainer.DefaultL2 };
        var folds = new Option<int>("--folds") { Description = "Also report how many pages models trained on the other folds title right (0: none)." };
        var drop = new Option<string[]>("--drop") { Description = "Train without these features (a trailing * drops every feature the prefix starts), to compare feature sets.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-titles", "Train the title chooser on a WCXB folder's tune half and write its model.") { folder, output, candidates, l2, folds, drop };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!, context.WorkingDirectory);
            if (!File.Exists(Path.Combine(root, ExtractionEvaluation.TruthFile)))
                throw new UsageException($"{root} holds no {ExtractionEvaluation.TruthFile}");
            await using var candidatesOut = parse.GetValue(candidates) is { } file ? new StreamWriter(Path.GetFullPath(file.ToString(), context.WorkingDirectory)) : null;
            var read = await Task.Run(() => TitleTrainingSet.Read(root, EvaluationSplit.Tune, candidatesOut, ct), ct);
            var examples = TitleTrainingSet.Without(read, parse.GetValue(drop) ?? []);
            var model = await Task.Run(() => TitleModelTrainer.Train(examples, l2: parse.GetValue(l2)), ct);
            var target = Path.GetFullPath(parse.GetValue(output)!.ToString(), context.WorkingDirectory);
            await File.WriteAllTextAsync(target, model.ToJson(), ct);
            var rule = examples.Count(e => e.IsRule.ToList().IndexOf(true) is var r && r >= 0 && e.Right[r]);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{examples.Count} pages, {examples.Sum(e => e.Candidates.Count)} candidates, {examples.Count(e => !e.Right.Contains(true))} without a right one; right: rules {rule}, model {TitleModelTrainer.RightChoices(model, examples)} (minimum probability {model.MinimumProbability}); model written to {target}"));
            if (parse.GetValue(folds) is > 1 and var k)
            {
                var crossValidated = await Task.Run(() => TitleModelTrainer.CrossValidatedRightChoices(examples, k, parse.GetValue(l2)), ct);
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{k}-fold cross-validated: {crossValidated} of {examples.Count} right"));
            }

            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
