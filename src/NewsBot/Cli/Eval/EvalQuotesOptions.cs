using System.CommandLine;

namespace NewsBot.Cli.Eval;

/// <summary>The options of <c>eval quotes</c>, shared by both layouts.</summary>
internal sealed class EvalQuotesOptions
{
    private readonly Option<string?> _split = new("--split") { Description = "Only the articles of this split (news: tune, check; PolNeAR: dev, train)." };
    private readonly Option<string?> _lang = new("--lang") { Description = "Only the articles of this language (en, de, fr, es, it, pt; PolNeAR is English)." };
    private readonly Option<int> _max = new("--max") { Description = "At most this many articles.", DefaultValueFactory = _ => int.MaxValue };
    private readonly Option<bool> _mistakes = new("--mistakes") { Description = "Also list the mistakes, article by article (news set: tune half only; the check half is never tuned on)." };
    private readonly Option<FileInfo?> _export = new("--export") { Description = "News set: write the selected articles, text included, in quotes-news layout to this file (outside the repository)." };
    private readonly Option<DirectoryInfo?> _data = new("--data") { Description = "News set: the corpora folder the additions' texts come from (default: shared/data above the file)." };

    public EvalQuotesOptions() => _max.Validators.Add(result => CommonOptions.RequireRange(result, 1, int.MaxValue));

    public void AddTo(Command command)
    {
        command.Options.Add(_split);
        command.Options.Add(_lang);
        command.Options.Add(_max);
        command.Options.Add(_mistakes);
        command.Options.Add(_export);
        command.Options.Add(_data);
    }

    public EvalQuotesSettings Read(ParseResult parse, CliContext context) => new(
        parse.GetValue(_split),
        parse.GetValue(_lang),
        parse.GetValue(_max),
        parse.GetValue(_mistakes),
        parse.GetValue(_export) is { } export ? Path.GetFullPath(export.ToString(), context.WorkingDirectory) : null,
        parse.GetValue(_data) is { } data ? Path.GetFullPath(data.ToString(), context.WorkingDirectory) : null);
}
