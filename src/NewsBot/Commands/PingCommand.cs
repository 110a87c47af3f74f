using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Commands;

/// <summary>/ping: proves the bot is connected and answering. The real commands arrive with the bot issue.</summary>
internal sealed class PingCommand : IDiscordCommand
{
    public ApplicationCommand Definition { get; } = new()
    {
        Name = "ping",
        Description = "Check that NewsBot is online",
        Contexts = CommandScope.Anywhere,
        IntegrationTypes = CommandScope.ServerOrUser,
    };

    public bool Ephemeral => true;

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) => context.RespondAsync("pong", cancellationToken);
}
