using NewsBot.Ingestion.Discovery;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// A select menu's pending choice, kept on the server: the interaction brings back only a token and an option number,
/// so what is added (and to which topic, for whom) never comes from the client.
/// </summary>
internal sealed record FeedChoice(string Action, string GuildId, string UserId, string Topic, Uri Page, IReadOnlyList<DiscoveredFeed> Feeds, DateTimeOffset Expires);
