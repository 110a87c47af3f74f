using System.CommandLine;
using System.Globalization;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction.Blocks;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval train-blocks &lt;wcxb folder&gt; --out block-model.json</c>: trains the block classifier on the folder's tune
/// half (never the held-out one) and writes the model; the same pages give the same file. Prints, per detected page
/// type, the rules' word F1 and the block candidate's on those pages.
/// </summary>
internal static class EvalTrainBlocksCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A WCXB folder: ground-truth.json and html/<id>.html.gz." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (JSON).", Required = true };
        var command = new Command("train-blocks", "Train the block classifier on WCXB's tune half and write its model.") { folder, output };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!, context.WorkingDirectory);
            if (!File.Exists(Path.Combine(root, ExtractionEvaluation.TruthFile)))
                throw new UsageException($"{root} holds no {ExtractionEvaluation.TruthFile}");
            var pages = await Task.Run(() => BlockTrainingSet.Read(root, EvaluationSplit.Tune, ct), ct);
            var model = await Task.Run(() => BlockModelTrainer.Train(pages), ct);
            var crossValidated = await Task.Run(() => BlockModelTrainer.CrossValidated(pages), ct);
            var target = Path.GetFullPath(parse.GetValue(output)!.ToString(), context.WorkingDirectory);
            await File.WriteAllTextAsync(target, model.ToJson(), ct);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{pages.Count} pages, {pages.Sum(p => p.Examples.Count)} blocks; model written to {target}"));
            foreach (var group in pages.GroupBy(p => p.Type).OrderBy(g => g.Key))
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {group.Key,-14} {group.Count(),4} pages: rules {group.Average(p => p.RuleF1):0.000}, blocks {group.Average(p => p.CandidateF1(p.Probabilities(model), model.ThresholdsFor(group.Key))):0.000} (keep {model.ThresholdsFor(group.Key).Keep:0.00}, add {model.ThresholdsFor(group.Key).Add:0.00}), on unseen pages (4 folds) {crossValidated[group.Key]:0.000}"));
            }

            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
