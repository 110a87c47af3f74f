using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// The action of a verb that reads one page: its services depend on whether the page is a file or a web address.
/// <c>starting</c> runs first, before the host is built (quotes starts its warm-up there).
/// </summary>
internal static class ArticleVerbAction
{
    public static void Set(
        Command command,
        CliContext context,
        Argument<string> source,
        Action<IServiceCollection, SourceLocation> register,
        Func<ParseResult, IServiceProvider, ExtractedArticle, Task> write,
        Action? starting = null)
    {
        SourceLocation? location = null;
        command.SetAction((parse, token) =>
        {
            starting?.Invoke();
            return VerbRunner.RunAsync(
                parse,
                context,
                services => register(services, location = CliInputs.Location(parse.GetValue(source)!, context)),
                async (services, ct) =>
                {
                    var article = await services.GetRequiredService<ArticleReader>().ReadAsync(location!, ct);
                    await write(parse, services, article);
                    return ExitCodes.Ok;
                },
                token);
        });
    }
}
