using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// A moderators-only subcommand, every reply ephemeral. The check runs on every call, because a server admin can open a
/// command's default permissions to everyone. Replies are in the moderator's own language (the interaction's locale).
/// </summary>
internal abstract class ModeratorSubcommand(string commandPath, TextCatalog catalog) : ISubcommandHandler
{
    public string CommandPath { get; } = commandPath;

    public bool Ephemeral => true;

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = catalog.For(context.Locale);
        if (!ModeratorGuard.IsModerator(context))
        {
            await context.RespondAsync(texts.Get(ModeratorGuard.RefusalKey), cancellationToken);
            return;
        }
        await HandleForModeratorAsync(context, texts, cancellationToken);
    }

    protected abstract Task HandleForModeratorAsync(InteractionContext context, ReplyTexts texts, CancellationToken cancellationToken);
}
