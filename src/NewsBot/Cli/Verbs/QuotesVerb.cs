using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Quotes;
using NewsBot.Engine.Digests;
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
        var max = new Option<int?>("--max")
        {
            Description = $"How many key quotes to pick [default: {DigestOptions.SectionName}:{nameof(DigestOptions.MaxQuotesPerStory)}, as the bot: {new DigestOptions().MaxQuotesPerStory}]",
        };
        max.Validators.Add(result => CommonOptions.RequireRange(result, 1, 25));
        // Hidden: the speaker threshold, for tuning it (`eval speakers` prints the trade-off).
        var minConfidence = new Option<double?>("--min-confidence") { Hidden = true };
        var command = new Command("quotes", "Print the key quotes of one article, with their speakers.")
        {
            source, CommonOptions.Json, max, minConfidence,
        };
        ArticleVerbAction.Set(command, context, source, VerbServices.Quoting, async (parse, services, article) =>
        {
            var extractor = parse.GetValue(minConfidence) is { } threshold
                ? new RuleBasedQuoteExtractor { MinSpeakerConfidence = threshold }
                : services.GetRequiredService<IQuoteExtractor>();
            var maxQuotes = parse.GetValue(max) ?? services.GetRequiredService<IOptions<DigestOptions>>().Value.MaxQuotesPerStory;
            var analysis = extractor.Extract(article.Text, maxQuotes);
            if (parse.GetValue(CommonOptions.Json))
                await context.Output.WriteLineAsync(JsonOutput.Serialize(ArticleQuotesJson.From(article, analysis)));
            else
                QuotesTextRenderer.Write(context.Output, article, analysis);
        }, QuoteWarmUp.Start);
        return command;
    }
}
