using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// /digest topic [private]: the topic's digest of what is new since its last one (the last day when it never had one),
/// in the channel or only to the member. It is a preview: the scheduled digest still covers the same window. New coverage
/// of a story an earlier digest delivered shows as that story with all its outlets.
/// </summary>
internal sealed class DigestCommand(
    ServerTopics topics,
    TopicDigestComposer composer,
    UnpausedFeeds unpaused,
    IStoryMemory memory,
    IOptions<StoryMemoryOptions> storyOptions,
    DigestRenderer renderer,
    UserRateLimiter limiter,
    TextCatalog catalog,
    TimeProvider time) : IDiscordCommand
{
    private const string PrivateOption = "private";
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(24);

    public ApplicationCommand Definition { get; } = new()
    {
        Name = "digest",
        Description = "Post a topic's digest of the news since its last one",
        Contexts = CommandScope.InServers,
        IntegrationTypes = CommandScope.ServerOnly,
        Options =
        [
            TopicOption.Create(required: true),
            new() { Type = ApplicationCommandOptionType.Boolean, Name = PrivateOption, Description = "Show it only to you" },
        ],
    };

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        topics.ChoicesAsync(context, cancellationToken);

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var texts = catalog.For(context.Locale);
        if (context.ServerId is not { } guildId)
        {
            await context.RespondAsync(Replies.Ephemeral(texts.Get("guildOnly")), cancellationToken);
            return;
        }
        var name = context.GetString(TopicOption.Name) ?? "";
        if (await topics.FindAsync(guildId, name, cancellationToken) is not { } topic)
        {
            await context.RespondAsync(Replies.Ephemeral(await topics.UnknownAsync(guildId, name, texts, cancellationToken)), cancellationToken);
            return;
        }
        // Each digest reads and ranks a day of articles and can post ten messages in a channel: a budget per member,
        // apart from /quotes.
        if (!limiter.TryAcquire("digest:" + context.UserId, out var retryAt))
        {
            await context.RespondAsync(Replies.Ephemeral(texts.Get("digest.rateLimited", ("retry", Replies.Relative(retryAt)))), cancellationToken);
            return;
        }
        var onlyMe = context.GetBoolean(PrivateOption) ?? false;
        await context.DeferAsync(onlyMe, cancellationToken);
        var now = time.GetUtcNow();
        var start = topic.LastDigestAt is { } last && last < now ? last : now - DefaultWindow;
        // Articles that report a story an earlier digest delivered show as that story with all its outlets, as its edited message does.
        var earlier = await memory.RecentAsync(topic.Id, now - TimeSpan.FromHours(storyOptions.Value.MemoryHours), cancellationToken);
        var composed = await composer.ComposeAsync(await unpaused.OfAsync(topic, cancellationToken), start, now, earlier, cancellationToken);
        var stories = composed.Stories.Select(s => s.Covered)
            .Concat(composed.Updates.Where(u => u.Visible).Select(u => StoryBuilder.FromState(u.Revised)))
            .ToList();
        var own = renderer.For(topic);
        var window = DigestWording.Window(start, now, DigestWording.ZoneOf(topic), own.Texts);
        var ephemeral = onlyMe ? MessageFlags.Ephemeral : MessageFlags.None;
        foreach (var payload in own.Render(topic.Name, window, stories, [], topic.AccentColor).Messages)
        {
            // A components digest keeps its IS_COMPONENTS_V2 flag beside "only you".
            var flags = (payload.Flags ?? MessageFlags.None) | ephemeral;
            await context.RespondAsync(payload with { Flags = flags == MessageFlags.None ? null : flags }, cancellationToken);
        }
    }
}
