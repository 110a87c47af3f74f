namespace NewsBot.Core.Storage;

/// <summary>An earlier story's new state after later coverage joined it; its last-seen time becomes the digest's.</summary>
public sealed record StoryRevision(long StoryId, string State, bool Editable, bool MentionPending);
