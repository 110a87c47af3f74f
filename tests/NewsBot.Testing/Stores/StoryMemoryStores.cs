using NewsBot.Core.Storage;

namespace NewsBot.Testing.Stores;

/// <summary>A story memory with the outbox and topic store its digests are written to (one database for SQLite).</summary>
public sealed record StoryMemoryStores(IStoryMemory Memory, IOutbox Outbox, ITopicStore Topics);
