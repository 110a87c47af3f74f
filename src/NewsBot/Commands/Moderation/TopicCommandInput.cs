using System.Text.Json;
using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// What a moderator typed into one /topic subcommand, trimmed; null for an option left out. Channel options arrive as the
/// channel's id (a string), max_stories as a number. <see cref="Texts"/> are the moderator's language for the reply.
/// </summary>
internal sealed record TopicCommandInput(string GuildId, string ActorId, string Name, ReplyTexts Texts)
{
    public string? Query { get; init; }
    public string? ChannelId { get; init; }
    public string? Schedule { get; init; }
    public string? TimeZone { get; init; }
    public int? MaxStories { get; init; }
    public string? NewName { get; init; }

    /// <summary>Comma-separated forum tag names; an empty text clears them.</summary>
    public string? Tags { get; init; }

    public bool? Publish { get; init; }

    /// <summary>As typed (<c>#1f8b4c</c>, or none); parsed by <see cref="Engine.Topics.AccentColor"/>.</summary>
    public string? Color { get; init; }

    /// <summary>components, embeds or default; parsed by <see cref="Engine.Topics.TopicLayout"/>.</summary>
    public string? Layout { get; init; }

    /// <summary>A shipped locale or default; parsed by <see cref="Engine.Topics.TopicLocale"/>.</summary>
    public string? Locale { get; init; }

    /// <summary>feeds or catalog; parsed by <see cref="TopicCatalogChoice"/>.</summary>
    public string? Sources { get; init; }

    /// <summary>Catalogue filter: a two-letter country code, or any.</summary>
    public string? Country { get; init; }

    /// <summary>Catalogue filter: a two-letter language code, or any.</summary>
    public string? Language { get; init; }

    /// <summary>True when an edit names anything to change.</summary>
    public bool ChangesSomething => Query is not null || ChannelId is not null || Schedule is not null
        || TimeZone is not null || MaxStories is not null || NewName is not null || Tags is not null || Publish is not null || Color is not null
        || Layout is not null || Locale is not null || Sources is not null || Country is not null || Language is not null;

    public static TopicCommandInput From(InteractionContext context, ReplyTexts texts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        return new TopicCommandInput(
            interaction.GuildId ?? "",
            interaction.Member?.User?.Id ?? interaction.User?.Id ?? "unknown",
            Text(context, "name") ?? "",
            texts)
        {
            Query = Text(context, "query"),
            ChannelId = Text(context, "channel"),
            Schedule = Text(context, "schedule"),
            TimeZone = Text(context, "timezone"),
            MaxStories = Integer(context, "max_stories"),
            NewName = Text(context, "new_name"),
            Tags = Text(context, "tags"),
            Publish = context.GetBoolean("publish"),
            Color = Text(context, "color"),
            Layout = Text(context, "layout"),
            Locale = Text(context, "locale"),
            Sources = Text(context, "sources"),
            Country = Text(context, "country"),
            Language = Text(context, "language"),
        };
    }

    private static string? Text(InteractionContext context, string name) => context.GetString(name)?.Trim();

    private static int? Integer(InteractionContext context, string name) =>
        context.Options.TryGetValue(name, out var option) && option.Value is { ValueKind: JsonValueKind.Number } value
            && value.TryGetInt32(out var number) ? number : null;
}
