using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// A slash command: its definition (registered with Discord at start-up) and its handler. Register with
/// <c>services.AddSingleton&lt;IDiscordCommand, MyCommand&gt;()</c>; subcommands can also be routed one by one with
/// <see cref="InteractionRouter.Map"/>.
/// </summary>
public interface IDiscordCommand
{
    ApplicationCommand Definition { get; }

    /// <summary>Replies only the invoker sees; also decides whether an automatic defer is ephemeral.</summary>
    bool Ephemeral => false;

    Task HandleAsync(InteractionContext context, CancellationToken cancellationToken);

    /// <summary>Choices for the focused option while the user types (at most 25 are sent).</summary>
    Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CommandChoice>>([]);
}
