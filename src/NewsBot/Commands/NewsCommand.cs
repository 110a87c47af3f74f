using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// /news query [topic] [days]: full-text search of the articles the bot read recently, best matches first, one entry per
/// story with the other outlets that ran it.
/// </summary>
internal sealed class NewsCommand(IArticleStore articles, ServerTopics topics, TimeProvider time) : IDiscordCommand
{
    private const string QueryOption = "query";
    private const string DaysOption = "days";
    private const int DefaultDays = 7;
    private const int MaxDays = 30;
    private const int MaxResults = 5;

    /// <summary>Matches read to fill <see cref="MaxResults"/> stories when several outlets ran the same one.</summary>
    private const int MaxMatches = MaxResults * 4;

    public ApplicationCommand Definition { get; } = new()
    {
        Name = "news",
        Description = "Search the news NewsBot has read recently",
        Contexts = [0],
        Options =
        [
            new() { Type = ApplicationCommandOptionType.String, Name = QueryOption, Description = "Words every article must contain (OR, -word, \"phrase\", word*)", Required = true },
            TopicOption.Create(required: false, "Only this topic's feeds"),
            new() { Type = ApplicationCommandOptionType.Integer, Name = DaysOption, Description = "How many days back, 1 to 30 (default 7)" },
        ],
    };

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        topics.ChoicesAsync(context, cancellationToken);

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.GuildId is not { } guildId)
        {
            await context.RespondAsync(Replies.Ephemeral(Replies.GuildOnly), cancellationToken);
            return;
        }
        var query = WithoutControlCharacters(context.GetString(QueryOption) ?? "");
        var days = context.GetInteger(DaysOption) ?? DefaultDays;
        if (query.Length == 0 || days is < 1 or > MaxDays)
        {
            await context.RespondAsync(Replies.Ephemeral($"Give some words to search for, and days from 1 to {MaxDays}."), cancellationToken);
            return;
        }
        if (QueryProblem(query) is { } problem)
        {
            await context.RespondAsync(Replies.Ephemeral(problem), cancellationToken);
            return;
        }
        Topic? topic = null;
        if (context.GetString(TopicOption.Name) is { Length: > 0 } name && (topic = await topics.FindAsync(guildId, name, cancellationToken)) is null)
        {
            await context.RespondAsync(Replies.Ephemeral(await topics.UnknownAsync(guildId, name, cancellationToken)), cancellationToken);
            return;
        }
        // A server sees only what its own topics' feeds brought in, never another server's news.
        var feeds = topic?.Feeds ?? (await topics.ListAsync(guildId, cancellationToken)).SelectMany(t => t.Feeds).ToList();
        // Several outlets' copies of one story show once, with the others as "also in", as in a digest.
        var found = StoryMerger.Merge(await SearchAsync(query, feeds, time.GetUtcNow().AddDays(-days), cancellationToken), MaxResults);
        var scope = $"last {days} day{(days == 1 ? "" : "s")}" + (topic is null ? "" : $" · topic {topic.Name}");
        if (found.Count == 0)
        {
            await context.RespondAsync(Replies.Ephemeral($"Nothing matches “{DisplayText.Markdown(query, 100)}” in the {DisplayText.Markdown(scope, 200)}."), cancellationToken);
            return;
        }
        await context.RespondAsync(Replies.Public(SearchResultsEmbed.Build(query, scope, found)), cancellationToken);
    }

    private async Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, IReadOnlyList<string> feedUrls, DateTimeOffset since, CancellationToken cancellationToken) =>
        feedUrls.Count == 0 ? [] : await articles.SearchAsync(query, feedUrls, since, MaxMatches, cancellationToken);

    /// <summary>The query is read in the topic query language; what it cannot search for is said, not silently dropped.</summary>
    private static string? QueryProblem(string query)
    {
        if (!TopicQuery.TryParse(query, out var parsed, out var error))
            return $"That search does not parse: {error}";
        return parsed.Required.Count == 0 ? "Give at least one word to find; -word only leaves articles out." : null;
    }

    // A NUL or other control character can only come from a client bug or a probe; it is never part of a word.
    private static string WithoutControlCharacters(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }).Trim();
}
