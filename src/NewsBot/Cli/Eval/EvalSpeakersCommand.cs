using System.CommandLine;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval speakers &lt;file.jsonl&gt; [--split train] [--lang en] [--max N]</c>: right / wrong / none speakers at each confidence
/// threshold and per kind of evidence, on PolNeAR or the news set (`kind` key quotes count as direct ones); what the speaker threshold is tuned on.
/// </summary>
internal static class EvalSpeakersCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file.jsonl") { Description = "Annotated articles, one JSON object a line (PolNeAR or news-set layout)." };
        var split = new Option<string?>("--split") { Description = "Only the articles of this split (dev, train)." };
        var language = new Option<string?>("--lang") { Description = "Only the articles in this language (news set: en, de, fr, es, it, pt)." };
        var max = new Option<int>("--max") { Description = "At most this many articles.", DefaultValueFactory = _ => int.MaxValue };
        max.Validators.Add(result => CommonOptions.RequireRange(result, 1, int.MaxValue));
        var command = new Command("speakers", "Speaker right / wrong / none per confidence threshold and per kind of evidence.")
        {
            file, split, language, max,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, async (_, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new UsageException($"no such file: {path.FullName}");
            var lines = await Task.Run(() => SpeakerConfidenceReport.Run(path.FullName, parse.GetValue(split), parse.GetValue(language), parse.GetValue(max)).ToList(), ct);
            foreach (var line in lines)
                await context.Output.WriteLineAsync(line);
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
