using System.Text.Json;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /topic: its definition and the name autocomplete. Each subcommand (create, edit, delete, show) has a handler of its
/// own (<see cref="TopicSubcommand"/>), registered through DI and mapped by the router.
/// </summary>
internal sealed class TopicCommand(ServerTopics directory, TextCatalog catalog) : IDiscordCommand
{
    public ApplicationCommand Definition { get; } = TopicCommandDefinition.Create();

    public bool Ephemeral => true;

    /// <summary>Only a subcommand Discord knows and this bot does not (a newer definition) reaches here.</summary>
    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RespondAsync(catalog.For(context.Locale).Get("topic.unknownSubcommand"), cancellationToken);
    }

    public async Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only the name option autocompletes; members who cannot use the command learn nothing from it.
        if (!ModeratorGuard.IsModerator(context) || context.Focused is not { Name: "name" } focused)
            return [];
        var typed = focused.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "" : "";
        var names = await directory.SuggestAsync(context.Interaction.GuildId!, typed.Trim(), cancellationToken);
        return [.. names.Select(n => new CommandChoice(n, n))];
    }
}
