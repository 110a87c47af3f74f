using System.CommandLine;
using NewsBot.Core.Quotes.Ranking;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval speakers &lt;file.jsonl&gt; [--split train] [--lang en] [--max N] [--speaker-model m.json | --rules] [--calibrated] [--folds k]</c>: right / wrong / none speakers at each confidence
/// threshold and per kind of evidence, on PolNeAR or the news set (`kind` key quotes count as direct ones); what the speaker threshold is tuned on.
/// </summary>
internal static class EvalSpeakersCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("file.jsonl") { Description = "Annotated articles, one JSON object a line (PolNeAR or news-set layout).", Arity = ArgumentArity.OneOrMore };
        var split = new Option<string?>("--split") { Description = "Only the articles of this split (dev, train)." };
        var language = new Option<string?>("--lang") { Description = "Only the articles in this language (news set: en, de, fr, es, it, pt)." };
        var max = new Option<int>("--max") { Description = "At most this many articles.", DefaultValueFactory = _ => int.MaxValue };
        max.Validators.Add(result => CommonOptions.RequireRange(result, 1, int.MaxValue));
        var model = new Option<FileInfo?>("--speaker-model") { Description = "Rank speakers with this model (from `eval train-speakers`) instead of the shipped one." };
        var rules = new Option<bool>("--rules") { Description = "No ranker: the rules' speakers and their hand-set confidence." };
        var calibrated = new Option<bool>("--calibrated") { Description = "Lower the confidence where the ranker and the nearest name disagree (the shipped calibration table)." };
        var folds = new Option<int>("--folds") { Description = "Also choose the threshold by k-fold cross-validation (wrong <= 0.03 in every file) and print the held-out figures." };
        folds.Validators.Add(result => CommonOptions.RequireRange(result, 0, 100));
        var command = new Command("speakers", "Speaker right / wrong / none per confidence threshold and per kind of evidence.")
        {
            files, split, language, max, model, rules, calibrated, folds,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var paths = parse.GetValue(files)!.Select(f => Path.GetFullPath(f.ToString(), context.WorkingDirectory)).ToList();
            foreach (var missing in paths.Where(p => !File.Exists(p)))
                throw new UsageException($"no such file: {missing}");
            var ranker = parse.GetValue(rules) ? null
                : parse.GetValue(model) is { } file ? SpeakerModel.FromJson(await File.ReadAllTextAsync(file.FullName, ct))
                : SpeakerModel.Embedded;
            var lines = await Task.Run(() => SpeakerConfidenceReport.Run(paths, parse.GetValue(split), parse.GetValue(language), parse.GetValue(max), ranker, parse.GetValue(folds), parse.GetValue(calibrated) ? SpeakerCalibration.Embedded : null).ToList(), ct);
            foreach (var line in lines)
                await context.Output.WriteLineAsync(line);
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
