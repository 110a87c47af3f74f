using NewsBot.Core.Digests;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// /news query [topic] [days]: full-text search of the articles the bot read recently, best matches first, one entry per
/// story with the other outlets that ran it. In a server it searches that server's topics; outside one (a DM, or a
/// server where only the member installed NewsBot) the public topics of the settings file, never a server's own.
/// </summary>
internal sealed class NewsCommand(IArticleStore articles, ServerTopics topics, ReplyLayouts layouts, TextCatalog catalog, TimeProvider time) : IDiscordCommand
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
        Contexts = CommandScope.Anywhere,
        IntegrationTypes = CommandScope.ServerOrUser,
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
        var texts = catalog.For(context.Locale);
        var query = WithoutControlCharacters(context.GetString(QueryOption) ?? "");
        var days = context.GetInteger(DaysOption) ?? DefaultDays;
        if (query.Length == 0 || days is < 1 or > MaxDays)
        {
            await context.RespondAsync(Replies.Ephemeral(texts.Get("news.usage", ("max", MaxDays.ToString(System.Globalization.CultureInfo.InvariantCulture)))), cancellationToken);
            return;
        }
        if (QueryProblem(query, texts) is { } problem)
        {
            await context.RespondAsync(Replies.Ephemeral(problem), cancellationToken);
            return;
        }
        // A server sees only what its own topics' feeds brought in, never another server's news.
        var visible = await topics.VisibleAsync(context.ServerId, cancellationToken);
        if (context.ServerId is null && visible.Count == 0)
        {
            await context.RespondAsync(Replies.Ephemeral(texts.Get("news.noPublicTopics")), cancellationToken);
            return;
        }
        Topic? topic = null;
        if (context.GetString(TopicOption.Name) is { Length: > 0 } name
            && (topic = visible.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))) is null)
        {
            var unknown = context.ServerId is { } serverId
                ? await topics.UnknownAsync(serverId, name, texts, cancellationToken)
                : texts.Get("news.unknownPublicTopic", ("name", DisplayText.Markdown(name, 100)), ("topics", DisplayText.Markdown(string.Join(", ", visible.Select(t => t.Name)), 1500)));
            await context.RespondAsync(Replies.Ephemeral(unknown), cancellationToken);
            return;
        }
        var feeds = topic?.Feeds ?? visible.SelectMany(t => t.Feeds).Distinct(StringComparer.Ordinal).ToList();
        // Several outlets' copies of one story show once, with the others as "also in", as in a digest.
        var found = StoryMerger.Merge(await SearchAsync(query, feeds, time.GetUtcNow().AddDays(-days), cancellationToken), MaxResults);
        var scope = Scope(texts, days, topic, publicOnly: context.ServerId is null);
        if (found.Count == 0)
        {
            await context.RespondAsync(Replies.Ephemeral(texts.Get("news.nothing", ("query", DisplayText.Markdown(query, 100)), ("scope", DisplayText.Markdown(scope, 200)))), cancellationToken);
            return;
        }
        var title = texts.Get("news.title", ("query", DisplayText.Markdown(query, 100)));
        var look = await layouts.ForAsync(context, topic is null ? [] : [topic], cancellationToken);
        foreach (var message in Answer(look, title, scope, found))
            await context.RespondAsync(message, cancellationToken);
    }

    /// <summary>
    /// The components layout shows each story as a digest does (its best quote, "also in" buttons), split over as many
    /// messages as the limits need; the embeds layout keeps its compact one-embed list.
    /// </summary>
    private static IReadOnlyList<MessagePayload> Answer(ReplyLook look, string title, string scope, IReadOnlyList<SelectedStory> found)
    {
        if (look.Renderer.Layout != DigestLayout.Components)
            return [Replies.Public(SearchResultsEmbed.Build(title, scope, found))];
        var header = $"**{title}**\n-# {DisplayText.Markdown(scope, 200)}";
        var stories = found.Select(f => StoryBuilder.FromStored(f.Article, f.AlsoIn, maxQuotes: 1, f.Members)).ToList();
        return look.Renderer.RenderStories(header, stories, look.AccentColor);
    }

    private static string Scope(ReplyTexts texts, long days, Topic? topic, bool publicOnly)
    {
        var scope = days == 1 ? texts.Get("news.scopeOneDay") : texts.Get("news.scopeDays", ("days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (topic is not null)
            scope += texts.Get("news.scopeTopic", ("topic", topic.Name));
        else if (publicOnly)
            scope += texts.Get("news.scopePublic");
        return scope;
    }

    private async Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, IReadOnlyList<string> feedUrls, DateTimeOffset since, CancellationToken cancellationToken) =>
        feedUrls.Count == 0 ? [] : await articles.SearchAsync(query, feedUrls, since, MaxMatches, cancellationToken);

    /// <summary>The query is read in the topic query language; what it cannot search for is said, not silently dropped.</summary>
    private static string? QueryProblem(string query, ReplyTexts texts)
    {
        if (!TopicQuery.TryParse(query, out var parsed, out var error))
            return texts.Get("news.unparsable", ("error", error ?? ""));
        return parsed.Required.Count == 0 ? texts.Get("news.excludesOnly") : null;
    }

    // A NUL or other control character can only come from a client bug or a probe; it is never part of a word.
    private static string WithoutControlCharacters(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }).Trim();
}
