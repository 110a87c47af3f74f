using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// A moderators-only subcommand, every reply ephemeral. The check runs on every call, because a server admin can open a
/// command's default permissions to everyone.
/// </summary>
internal abstract class ModeratorSubcommand(string commandPath) : ISubcommandHandler
{
    public string CommandPath { get; } = commandPath;

    public bool Ephemeral => true;

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ModeratorGuard.IsModerator(context))
        {
            await context.RespondAsync(ModeratorGuard.Refusal, cancellationToken);
            return;
        }
        await HandleForModeratorAsync(context, cancellationToken);
    }

    protected abstract Task HandleForModeratorAsync(InteractionContext context, CancellationToken cancellationToken);
}
