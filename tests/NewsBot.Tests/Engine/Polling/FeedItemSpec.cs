namespace NewsBot.Tests.Engine.Polling;

/// <summary>One item of an invented feed.</summary>
internal sealed record FeedItemSpec(string Guid, string Title, string Link, DateTimeOffset? Published, string Summary);
