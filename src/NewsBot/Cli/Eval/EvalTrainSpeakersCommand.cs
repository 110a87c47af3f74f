using System.CommandLine;
using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval train-speakers &lt;file.jsonl&gt;… --out speaker-model.json [--split s] [--news-weight W]</c>: trains the speaker
/// ranker on PolNeAR's train split and the news set's tune half (by default) and writes the model; the same data gives
/// the same file.
/// </summary>
internal static class EvalTrainSpeakersCommand
{
    private const string PolnearSplit = "train";
    private const string NewsSplit = "tune";

    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("file.jsonl") { Description = "Annotated articles (PolNeAR or news-set layout).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (JSON).", Required = true };
        var split = new Option<string?>("--split") { Description = "Train on this split of every file (default: PolNeAR train, the news set's tune half)." };
        var newsWeight = new Option<double>("--news-weight") { Description = "Weight of a news-set example against a PolNeAR one.", DefaultValueFactory = _ => 3.0 };
        var command = new Command("train-speakers", "Train the speaker ranker and write its model.") { files, output, split, newsWeight };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var paths = parse.GetValue(files)!.Select(f => Path.GetFullPath(f.ToString(), context.WorkingDirectory)).ToList();
            foreach (var missing in paths.Where(p => !File.Exists(p)))
                throw new UsageException($"no such file: {missing}");
            var extractor = new RuleBasedQuoteExtractor();
            var examples = await Task.Run(() => paths.SelectMany(path => NewsSetLoader.IsNewsLayout(path)
                ? SpeakerTrainingSet.Read(path, parse.GetValue(split) ?? NewsSplit, parse.GetValue(newsWeight), extractor)
                : SpeakerTrainingSet.Read(path, parse.GetValue(split) ?? PolnearSplit, 1.0, extractor)).ToList(), ct);
            var model = await Task.Run(() => SpeakerModelTrainer.Train(examples), ct);
            var target = Path.GetFullPath(parse.GetValue(output)!.ToString(), context.WorkingDirectory);
            await File.WriteAllTextAsync(target, model.ToJson(), ct);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{examples.Count} quotes, {examples.Sum(e => e.Candidates.Count)} candidates, {examples.Count(e => !e.Right.Contains(true))} without the right one, of {paths.Count} file(s); model written to {target}"));
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
