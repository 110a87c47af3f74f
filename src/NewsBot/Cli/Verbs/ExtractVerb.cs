using System.CommandLine;
using NewsBot.Output;

namespace NewsBot.Cli.Verbs;

/// <summary><c>extract &lt;path-or-url&gt; [--json]</c>: the main text and metadata of one page.</summary>
internal static class ExtractVerb
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("path-or-url")
        {
            Description = "A page: an http(s) URL, an .html/.htm file, or a plain-text file.",
        };
        var command = new Command("extract", "Print the main text and metadata of one page (--json to score it from outside).")
        {
            source, CommonOptions.Json,
        };
        ArticleVerbAction.Set(command, context, source, VerbServices.Reading, async (parse, _, article) =>
        {
            if (parse.GetValue(CommonOptions.Json))
                await context.Output.WriteLineAsync(JsonOutput.Serialize(ExtractedArticleJson.From(article)));
            else
                ExtractedArticleTextRenderer.Write(context.Output, article);
        });
        return command;
    }
}
