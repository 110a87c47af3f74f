using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Topics;
using NewsBot.Engine.Digests;
using NewsBot.Output;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>digest &lt;feed&gt;... [--json] [--max-stories N] [--max-quotes N]</c>: a digest of key quotes straight from feeds.
/// A feed that cannot be read is reported in one line and the others still make the digest (exit 1 at the end).
/// </summary>
internal static class DigestVerb
{
    public static Command Create(CliContext context)
    {
        var feeds = new Argument<string[]>("feed-path-or-url")
        {
            Description = "One or more feeds (RSS, Atom, RDF or JSON Feed): http(s) URLs or local files; a web page stands for the best feed found on it.",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxStories = new Option<int>("--max-stories")
        {
            Description = "How many stories, newest first (a topic's default).",
            DefaultValueFactory = _ => Topic.DefaultMaxStories,
        };
        maxStories.Validators.Add(result => CommonOptions.RequireRange(result, 1, 200));
        var maxQuotes = new Option<int?>("--max-quotes")
        {
            Description = $"Key quotes per story [default: {DigestOptions.SectionName}:{nameof(DigestOptions.MaxQuotesPerStory)}, as the bot: {new DigestOptions().MaxQuotesPerStory}]",
        };
        maxQuotes.Validators.Add(result => CommonOptions.RequireRange(result, 1, 10));
        var command = new Command("digest", "Read feeds, fetch each item's article and print its key quotes.")
        {
            feeds, CommonOptions.Json, maxStories, maxQuotes,
        };
        command.SetAction((parse, token) => VerbRunner.RunAsync(parse, context, VerbServices.Digest, async (services, ct) =>
        {
            var locations = parse.GetValue(feeds)!.Select(f => CliInputs.Location(f, context)).ToList();
            var quotes = parse.GetValue(maxQuotes) ?? services.GetRequiredService<IOptions<DigestOptions>>().Value.MaxQuotesPerStory;
            var digest = await services.GetRequiredService<OnDemandDigestBuilder>().BuildAsync(locations, parse.GetValue(maxStories), quotes, ct);
            foreach (var failure in digest.FailedFeeds)
                await context.Error.WriteLineAsync($"error: {failure.Message}");
            if (parse.GetValue(CommonOptions.Json))
                await context.Output.WriteLineAsync(JsonOutput.Serialize(DigestJson.From(digest.Stories)));
            else
                DigestTextRenderer.Write(context.Output, digest.Stories);
            return digest.FailedFeeds.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }, token));
        return command;
    }
}
