using System.CommandLine;
using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval train-speakers &lt;file.jsonl&gt;… --out speaker-model.json [--split s] [--news-weight W] [--folds k] [--misses] [--discourse]</c>:
/// trains the speaker ranker on PolNeAR's train split and the news-layout files' tune half (by default) and writes the
/// model; the same data gives the same file. `--folds` also cross-validates it over articles, `--misses` says where
/// the right speaker sits when the shipped ranker answers none (aggregates per corpus).
/// </summary>
internal static class EvalTrainSpeakersCommand
{
    private const string PolnearSplit = "train";
    private const string NewsSplit = "tune";

    /// <summary>Article numbers of file i start at i times this, so folds by article never mix two files' articles.</summary>
    private const int ArticlesPerFile = 100_000;

    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("file.jsonl") { Description = "Annotated articles (PolNeAR or news-set layout).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (JSON).", Required = true };
        var split = new Option<string?>("--split") { Description = "Train on this split of every file (default: PolNeAR train, the news set's tune half)." };
        var newsWeight = new Option<double>("--news-weight") { Description = "Weight of a news-set example against a PolNeAR one.", DefaultValueFactory = _ => 3.0 };
        var folds = new Option<int>("--folds") { Description = "Also cross-validate over articles: held-out right / wrong / none per corpus and proposal threshold." };
        folds.Validators.Add(result => CommonOptions.RequireRange(result, 0, 20));
        var misses = new Option<bool>("--misses") { Description = "Where the right speaker sits when the shipped ranker answers none (shares per corpus)." };
        var discourse = new Option<bool>("--discourse") { Description = "Also list the discourse candidates (the next quote's speaker, persons named further back) and mark the model trained on them." };
        var command = new Command("train-speakers", "Train the speaker ranker and write its model.") { files, output, split, newsWeight, folds, misses, discourse };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.None, async (_, ct) =>
        {
            var paths = parse.GetValue(files)!.Select(f => Path.GetFullPath(f.ToString(), context.WorkingDirectory)).ToList();
            foreach (var missing in paths.Where(p => !File.Exists(p)))
                throw new UsageException($"no such file: {missing}");
            var embedded = SpeakerModel.Embedded;
            var withDiscourse = parse.GetValue(discourse);
            var extractor = new RuleBasedQuoteExtractor { SpeakerModel = new SpeakerModel(embedded.Weights, embedded.Bias) { DiscourseCandidates = withDiscourse } };
            var detailed = await Task.Run(() => paths.SelectMany((path, file) => NewsSetLoader.IsNewsLayout(path)
                ? SpeakerTrainingSet.ReadDetailed(path, parse.GetValue(split) ?? NewsSplit, parse.GetValue(newsWeight), extractor, file * ArticlesPerFile)
                : SpeakerTrainingSet.ReadDetailed(path, parse.GetValue(split) ?? PolnearSplit, 1.0, extractor, file * ArticlesPerFile)).ToList(), ct);
            var reports = parse.GetValue(misses) ? SpeakerMissReport.Run(detailed, SpeakerModel.Embedded).ToList() : [];
            reports.AddRange(parse.GetValue(folds) > 1 ? await Task.Run(() => SpeakerFoldReport.Run(detailed, parse.GetValue(folds), e => SpeakerModelTrainer.Train(e)).ToList(), ct) : []);
            foreach (var line in reports)
                await context.Output.WriteLineAsync(line);
            var examples = detailed.Select(e => e.Example).ToList();
            var trained = await Task.Run(() => SpeakerModelTrainer.Train(examples), ct);
            var model = new SpeakerModel(trained.Weights, trained.Bias) { DiscourseCandidates = withDiscourse };
            var target = Path.GetFullPath(parse.GetValue(output)!.ToString(), context.WorkingDirectory);
            await File.WriteAllTextAsync(target, model.ToJson(), ct);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{examples.Count} quotes, {examples.Sum(e => e.Candidates.Count)} candidates, {examples.Count(e => !e.Right.Contains(true))} without the right one, of {paths.Count} file(s); model written to {target}"));
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
