using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands.Sources;

/// <summary>/sources: its definition; the browse subcommand has its handler (<see cref="SourcesBrowseHandler"/>).</summary>
internal sealed class SourcesCommand(TextCatalog catalog) : IDiscordCommand
{
    public ApplicationCommand Definition { get; } = SourcesCommandDefinition.Create();

    public bool Ephemeral => true;

    /// <summary>Only a subcommand Discord knows and this bot does not (a newer definition) reaches here.</summary>
    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RespondAsync(catalog.For(context.Locale).Get("feed.unknownSubcommand"), cancellationToken);
    }
}
