using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Quotes;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval quotes &lt;file.jsonl&gt;… [--lang xx] [--split s] [--max N] [--mistakes] [--export out.jsonl] [--data dir]</c>:
/// scores quote finding and speaker attribution on PolNeAR (as shared/tools/score_quotes.py) or on the news set
/// (quotes-news and our additions, as shared/tools/score_news_quotes.py); the layout is read from the files.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("file.jsonl")
        {
            Description = "Annotated articles, one JSON object a line: PolNeAR, quotes-news, or eval/news-quotes/additions.jsonl (several news files are scored together).",
            Arity = ArgumentArity.OneOrMore,
        };
        var options = new EvalQuotesOptions();
        var command = new Command("quotes", "Score quote extraction and speaker attribution on an annotated corpus.") { files };
        options.AddTo(command);
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.QuoteExtraction, async (services, ct) =>
        {
            var paths = parse.GetValue(files)!.Select(f => Path.GetFullPath(f.ToString(), context.WorkingDirectory)).ToList();
            foreach (var missing in paths.Where(p => !File.Exists(p)))
                throw new UsageException($"no such file: {missing}");
            var layouts = paths.Select(NewsSetLoader.IsNewsLayout).Distinct().ToList();
            if (layouts.Count > 1)
                throw new UsageException("PolNeAR and news-set files cannot be scored together");
            var extractor = services.GetRequiredService<IQuoteExtractor>();
            var settings = options.Read(parse, context);
            if (layouts[0])
                await NewsQuotesReport.RunAsync(context.Output, paths, settings, extractor, ct);
            else
                await PolnearQuotesReport.RunAsync(context.Output, paths, settings, extractor, ct);
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
