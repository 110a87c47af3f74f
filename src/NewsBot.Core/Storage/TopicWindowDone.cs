namespace NewsBot.Core.Storage;

/// <summary>A topic's digest window to mark done (see <see cref="ITopicStore.MarkDigestedAsync"/>) together with the digest that covers it.</summary>
public sealed record TopicWindowDone(long TopicId, DateTimeOffset WindowEnd);
