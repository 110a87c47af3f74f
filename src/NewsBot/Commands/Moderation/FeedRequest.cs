namespace NewsBot.Commands.Moderation;

/// <summary>Who asked, and in which server: what every /feed handler needs from the interaction.</summary>
internal sealed record FeedRequest(string GuildId, string UserId);
