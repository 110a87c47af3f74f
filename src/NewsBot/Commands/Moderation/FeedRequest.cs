using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>Who asked, in which server and in which language: what every /feed handler needs from the interaction.</summary>
internal sealed record FeedRequest(string GuildId, string UserId, ReplyTexts Texts);
