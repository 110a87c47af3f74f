using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Quotes;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval quotes &lt;file.jsonl&gt; [--split dev] [--max N] [--mistakes]</c>: quote precision, recall, F1 and speaker
/// accuracy, printed in the same form as shared/tools/score_quotes.py.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file.jsonl") { Description = "Annotated articles, one JSON object a line (PolNeAR layout)." };
        var split = new Option<string?>("--split") { Description = "Only the articles of this split (dev, train)." };
        var max = new Option<int>("--max") { Description = "At most this many articles.", DefaultValueFactory = _ => int.MaxValue };
        max.Validators.Add(result => CommonOptions.RequireRange(result, 1, int.MaxValue));
        var mistakes = new Option<bool>("--mistakes") { Description = "Also list every extra, missed and wrongly attributed quote." };
        var command = new Command("quotes", "Score quote extraction and speaker attribution on an annotated corpus.")
        {
            file, split, max, mistakes,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, async (services, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new UsageException($"no such file: {path.FullName}");
            var lines = new List<string>();
            Action<string, string>? log = parse.GetValue(mistakes) ? (id, line) => lines.Add($"{id}\t{line}") : null;
            var scorer = await Task.Run(() => QuoteEvaluation.Run(path.FullName, parse.GetValue(split), parse.GetValue(max), services.GetRequiredService<IQuoteExtractor>(), log), ct);
            foreach (var line in lines)
                await context.Output.WriteLineAsync(line);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"P={scorer.Precision:0.000} R={scorer.Recall:0.000} F1={scorer.F1:0.000} speaker_acc={scorer.SpeakerAccuracy:0.000} articles={scorer.Articles}"));
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"tp={scorer.TruePositives} fp={scorer.FalsePositives} fn={scorer.FalseNegatives} speakers={scorer.SpeakersCorrect}/{scorer.SpeakersScored}"));
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
