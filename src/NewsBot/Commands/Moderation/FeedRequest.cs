using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>Who asked, in which server and in which language: what every /feed handler needs from the interaction.</summary>
internal sealed record FeedRequest(string GuildId, string UserId, ReplyTexts Texts)
{
    /// <summary>Only for a moderator's interaction, which always has a server.</summary>
    public static FeedRequest From(InteractionContext context, ReplyTexts texts) =>
        new(context.Interaction.GuildId!, context.Interaction.Member?.User?.Id ?? context.Interaction.User?.Id ?? "unknown", texts);
}
