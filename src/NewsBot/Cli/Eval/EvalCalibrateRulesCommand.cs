using System.CommandLine;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval calibrate-rules &lt;file.jsonl&gt;… [--out rule-confidence.json] [--split s] [--folds k] [--table n]</c>: counts
/// the rules' speakers right per evidence, language and band, chooses the policy by k-fold cross-validation over
/// articles, prints the held-out figures of the rules now and recalibrated, and writes the table.
/// </summary>
internal static class EvalCalibrateRulesCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("file.jsonl") { Description = "Annotated articles: PolNeAR train, the news set, the invented sets (in this order).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the table (JSON)." };
        var split = new Option<string?>("--split") { Description = $"Count on these splits (default: {RuleConfidenceCalibrationRun.DefaultSplit})." };
        var folds = new Option<int>("--folds") { Description = "Folds of articles for choosing the policy.", DefaultValueFactory = _ => RuleConfidenceCalibrationRun.DefaultFolds };
        folds.Validators.Add(result => CommonOptions.RequireRange(result, 2, 100));
        var table = new Option<int>("--table") { Description = "Also print right / named per evidence and language, for evidence seen at least this often (0: not)." };
        var command = new Command("calibrate-rules", "Recalibrate the rules' speaker confidence per evidence and language; write the table.") { files, output, split, folds, table };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var paths = parse.GetValue(files)!.Select(f => Path.GetFullPath(f.ToString(), context.WorkingDirectory)).ToList();
            foreach (var missing in paths.Where(p => !File.Exists(p)))
                throw new UsageException($"no such file: {missing}");
            var (fitted, lines) = await Task.Run(() => RuleConfidenceCalibrationRun.Run(paths, parse.GetValue(split), parse.GetValue(folds), parse.GetValue(table)), ct);
            foreach (var line in lines)
                await context.Output.WriteLineAsync(line);
            if (parse.GetValue(output) is { } file)
            {
                var target = Path.GetFullPath(file.ToString(), context.WorkingDirectory);
                await File.WriteAllTextAsync(target, fitted.ToJson(), ct);
                await context.Output.WriteLineAsync($"table written to {target}");
            }

            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
