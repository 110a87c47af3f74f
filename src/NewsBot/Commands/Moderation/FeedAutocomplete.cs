using System.Text.Json;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Commands.Moderation;

/// <summary>Suggestions while a moderator types: the server's topic names, feed addresses or catalogue outlets, those starting with the text first.</summary>
internal sealed class FeedAutocomplete(ServerTopics lookup, OutletCatalog outlets)
{
    // Discord refuses a choice whose name or value is longer.
    private const int MaxChoiceLength = 100;

    public async Task<IReadOnlyList<CommandChoice>> ChoicesAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (!ModeratorGuard.IsModerator(context) || context.Focused is not { } focused)
            return [];
        var typed = focused.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()?.Trim() ?? "" : "";
        var topics = await lookup.InGuildAsync(context.Interaction.GuildId!, cancellationToken);
        IEnumerable<string> candidates = focused.Name switch
        {
            "topic" => topics.Select(t => t.Name),
            "url" => FeedsOf(topics, context.GetString("topic")),
            "outlet" => outlets.Suggest(typed, MessageLimits.AutocompleteChoices).Select(o => o.Name),
            _ => [],
        };
        return Rank(candidates, typed).Select(c => new CommandChoice(c, c)).ToList();
    }

    /// <summary>The feeds of the topic already chosen (as in /feed remove), else of every topic in the server.</summary>
    private static IEnumerable<string> FeedsOf(IReadOnlyList<Topic> topics, string? chosenTopic) =>
        topics.FirstOrDefault(t => string.Equals(t.Name, chosenTopic?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } topic
            ? topic.Feeds
            : topics.SelectMany(t => t.Feeds);

    public static IEnumerable<string> Rank(IEnumerable<string> candidates, string typed) =>
        candidates
            .Where(c => c.Length <= MaxChoiceLength && c.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(c => c, StringComparer.OrdinalIgnoreCase)
            .Take(MessageLimits.AutocompleteChoices);
}
