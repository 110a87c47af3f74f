using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

/// <summary>A /feed subcommand, handed who asked in which server and the url and topic options.</summary>
internal abstract class FeedSubcommand(string name) : ModeratorSubcommand("feed " + name)
{
    protected override Task HandleForModeratorAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var request = new FeedRequest(context.Interaction.GuildId!, context.Interaction.Member?.User?.Id ?? context.Interaction.User?.Id ?? "unknown");
        return HandleAsync(context, request, context.GetString("url") ?? "", context.GetString("topic"), cancellationToken);
    }

    protected abstract Task HandleAsync(InteractionContext context, FeedRequest request, string url, string? topic, CancellationToken cancellationToken);
}
