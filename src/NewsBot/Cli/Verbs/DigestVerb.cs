using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Engine.Digests;
using NewsBot.Output;

namespace NewsBot.Cli.Verbs;

/// <summary><c>digest &lt;feed&gt;... [--json] [--max-stories N]</c>: a digest of key quotes straight from feeds.</summary>
internal static class DigestVerb
{
    public static Command Create(CliContext context)
    {
        var feeds = new Argument<string[]>("feed-path-or-url")
        {
            Description = "One or more feeds (RSS, Atom, RDF or JSON Feed): http(s) URLs or local files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxStories = new Option<int>("--max-stories") { Description = "How many stories, newest first.", DefaultValueFactory = _ => 10 };
        maxStories.Validators.Add(result => CommonOptions.RequireRange(result, 1, 200));
        var maxQuotes = new Option<int>("--max-quotes") { Description = "Key quotes per story.", DefaultValueFactory = _ => 2 };
        maxQuotes.Validators.Add(result => CommonOptions.RequireRange(result, 1, 10));
        var command = new Command("digest", "Read feeds, fetch each item's article and print its key quotes.")
        {
            feeds, CommonOptions.Json, maxStories, maxQuotes,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, async (services, ct) =>
        {
            var locations = parse.GetValue(feeds)!.Select(f => CliInputs.Location(f, context)).ToList();
            var stories = await services.GetRequiredService<OnDemandDigestBuilder>()
                .BuildAsync(locations, parse.GetValue(maxStories), parse.GetValue(maxQuotes), ct);
            if (parse.GetValue(CommonOptions.Json))
                await context.Output.WriteLineAsync(JsonOutput.Serialize(DigestJson.From(stories)));
            else
                DigestTextRenderer.Write(context.Output, stories);
            return ExitCodes.Ok;
        }, token));
        return command;
    }
}
