using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed: its definition and autocomplete. Each subcommand (add, remove, list, pause, resume, test) has a handler of its
/// own (<see cref="FeedSubcommand"/>), registered through DI and mapped by the router.
/// </summary>
internal sealed class FeedCommand(FeedAutocomplete autocomplete, TextCatalog catalog) : IDiscordCommand
{
    public ApplicationCommand Definition { get; } = FeedCommandDefinition.Create();

    public bool Ephemeral => true;

    /// <summary>Only a subcommand Discord knows and this bot does not (a newer definition) reaches here.</summary>
    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RespondAsync(catalog.For(context.Locale).Get("feed.unknownSubcommand"), cancellationToken);
    }

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        autocomplete.ChoicesAsync(context, cancellationToken);
}
