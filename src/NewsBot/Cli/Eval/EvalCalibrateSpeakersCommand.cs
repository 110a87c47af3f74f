using System.CommandLine;
using System.Globalization;
using NewsBot.Core.Quotes.Ranking;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval calibrate-speakers &lt;file.jsonl&gt;… [--out speaker-calibration.json] [--split s] [--folds k] [--strength m]</c>:
/// counts right and named speakers per evidence and agreement (PolNeAR train and the news tune half by default), writes
/// the table, and with <c>--folds</c> prints the cross-validated threshold and held-out curve.
/// </summary>
internal static class EvalCalibrateSpeakersCommand
{
    private const string DefaultSplit = "train,tune";

    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("file.jsonl") { Description = "Annotated articles (PolNeAR or news-set layout).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the calibration table (JSON)." };
        var split = new Option<string?>("--split") { Description = "Count on these splits (default: PolNeAR train and the news set's tune half)." };
        var folds = new Option<int>("--folds") { Description = "Also cross-validate the table and the threshold over k folds of articles." };
        folds.Validators.Add(result => CommonOptions.RequireRange(result, 0, 100));
        var strength = new Option<double>("--strength") { Description = "Pseudo-counts by which a rare evidence kind borrows its group's share.", DefaultValueFactory = _ => 5.0 };
        var command = new Command("calibrate-speakers", "Count speaker precision per evidence and agreement; write the calibration table.") { files, output, split, folds, strength };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var paths = parse.GetValue(files)!.Select(f => Path.GetFullPath(f.ToString(), context.WorkingDirectory)).ToList();
            foreach (var missing in paths.Where(p => !File.Exists(p)))
                throw new UsageException($"no such file: {missing}");
            var outcomes = await Task.Run(() => SpeakerCalibrationFit.Outcomes(paths, parse.GetValue(split) ?? DefaultSplit, SpeakerModel.Embedded), ct);
            var table = SpeakerCalibrationFit.Fit(outcomes, parse.GetValue(strength));
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} scored quotes, {outcomes.Count(o => o.Calibrated)} with the rules' speaker; {table}"));
            foreach (var line in parse.GetValue(folds) > 1 ? SpeakerCalibrationFit.CrossValidate(outcomes, parse.GetValue(folds), parse.GetValue(strength)) : [])
                await context.Output.WriteLineAsync(line);
            if (parse.GetValue(output) is { } file)
            {
                var target = Path.GetFullPath(file.ToString(), context.WorkingDirectory);
                await File.WriteAllTextAsync(target, table.ToJson(), ct);
                await context.Output.WriteLineAsync($"table written to {target}");
            }

            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
