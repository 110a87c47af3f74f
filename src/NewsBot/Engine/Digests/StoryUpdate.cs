using NewsBot.Core.Storage;
using NewsBot.Engine.Stories;

namespace NewsBot.Engine.Digests;

/// <summary>
/// An earlier story with this window's coverage added. <paramref name="Visible"/> is false when the new articles add
/// nothing a reader would see (the same outlet again): the story is remembered longer, its message left alone.
/// </summary>
public sealed record StoryUpdate(RememberedStory Earlier, StoryState Revised, bool Visible);
