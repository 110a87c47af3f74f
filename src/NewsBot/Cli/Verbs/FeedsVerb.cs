using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Discovery;
using NewsBot.Output;

namespace NewsBot.Cli.Verbs;

/// <summary><c>feeds discover &lt;url&gt; [--json]</c>: the feeds found on any page, and every address tried, as the bot's /feed add sees them.</summary>
internal static class FeedsVerb
{
    public static Command Create(CliContext context)
    {
        var url = new Argument<string>("url") { Description = "Any web page (a homepage, a section, an article) or a feed." };
        var discover = new Command("discover", "Find the feeds and news sitemaps of a page, within Discovery:MaxRequests requests.") { url, CommonOptions.Json };
        discover.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.Discovery, async (services, ct) =>
            {
                var location = CliInputs.Location(parse.GetValue(url)!, context);
                if (location.IsFile)
                    throw new UsageException("feeds discover: give a web address (http or https), not a file");
                var result = await services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(location.Uri, ct);
                if (parse.GetValue(CommonOptions.Json))
                    await context.Output.WriteLineAsync(JsonOutput.Serialize(result));
                else
                    DiscoveryTextRenderer.Write(context.Output, result);
                return result.Feeds.Count > 0 ? ExitCodes.Ok : ExitCodes.Failed;
            }, token));
        return new Command("feeds", "Work with feeds from the command line.") { discover };
    }
}
