using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>/news query [topic] [days]: full-text search of the articles the bot read recently, best matches first.</summary>
internal sealed class NewsCommand(IArticleStore articles, GuildTopics topics, TimeProvider time) : IDiscordCommand
{
    private const string QueryOption = "query";
    private const string DaysOption = "days";
    private const int DefaultDays = 7;
    private const int MaxDays = 30;
    private const int MaxResults = 5;

    // A topic keeps only its feeds' matches, so more are read than shown.
    private const int TopicSearchLimit = 200;

    public ApplicationCommand Definition { get; } = new()
    {
        Name = "news",
        Description = "Search the news NewsBot has read recently",
        Contexts = [0],
        Options =
        [
            new() { Type = ApplicationCommandOptionType.String, Name = QueryOption, Description = "Words every article must contain", Required = true },
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
        var query = context.GetString(QueryOption)?.Trim() ?? "";
        var days = context.GetInteger(DaysOption) ?? DefaultDays;
        if (query.Length == 0 || days is < 1 or > MaxDays)
        {
            await context.RespondAsync(Replies.Ephemeral($"Give some words to search for, and days from 1 to {MaxDays}."), cancellationToken);
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
        var found = await SearchAsync(query, feeds, time.GetUtcNow().AddDays(-days), cancellationToken);
        var scope = $"last {days} day{(days == 1 ? "" : "s")}" + (topic is null ? "" : $" · topic {topic.Name}");
        if (found.Count == 0)
        {
            await context.RespondAsync(Replies.Ephemeral($"Nothing matches “{DisplayText.Markdown(query, 100)}” in the {DisplayText.Markdown(scope, 200)}."), cancellationToken);
            return;
        }
        await context.RespondAsync(Replies.Public(SearchResultsEmbed.Build(query, scope, found)), cancellationToken);
    }

    private async Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, IReadOnlyList<string> feedUrls, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (feedUrls.Count == 0)
            return [];
        var feeds = feedUrls.ToHashSet(StringComparer.Ordinal);
        var matches = await articles.SearchAsync(query, since, TopicSearchLimit, cancellationToken);
        return [.. matches.Where(a => feeds.Contains(a.Article.Identity.FeedUrl)).Take(MaxResults)];
    }
}
