using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Quotes;
using NewsBot.Ingestion.Articles;
using NewsBot.Output;

namespace NewsBot.Cli.Verbs;

/// <summary><c>quotes &lt;path-or-url&gt; [--json] [--max N]</c>: the key quotes of one article.</summary>
internal static class QuotesVerb
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("path-or-url")
        {
            Description = "An article: an http(s) URL, an .html/.htm file, or a plain-text file (paragraphs separated by blank lines).",
        };
        var max = new Option<int>("--max") { Description = "How many key quotes to pick.", DefaultValueFactory = _ => 3 };
        max.Validators.Add(result => CommonOptions.RequireRange(result, 1, 25));
        // Hidden: the speaker threshold, for tuning it (`eval speakers` prints the trade-off).
        var minConfidence = new Option<double?>("--min-confidence") { Hidden = true };
        var command = new Command("quotes", "Print the key quotes of one article, with their speakers.")
        {
            source, CommonOptions.Json, max, minConfidence,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, async (services, ct) =>
        {
            var location = CliInputs.Location(parse.GetValue(source)!, context);
            var article = await services.GetRequiredService<ArticleReader>().ReadAsync(location, ct);
            var extractor = parse.GetValue(minConfidence) is { } threshold
                ? new RuleBasedQuoteExtractor { MinSpeakerConfidence = threshold }
                : services.GetRequiredService<IQuoteExtractor>();
            var analysis = extractor.Extract(article.Text, parse.GetValue(max));
            if (parse.GetValue(CommonOptions.Json))
                await context.Output.WriteLineAsync(JsonOutput.Serialize(ArticleQuotesJson.From(article, analysis)));
            else
                QuotesTextRenderer.Write(context.Output, article, analysis);
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
