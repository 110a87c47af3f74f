using NewsBot.Core.Digests;

namespace NewsBot.Publishing;

/// <summary>A digest story as the renderer needs it: the story and the other outlets that ran it.</summary>
public sealed record RenderedStory(DigestStory Story, IReadOnlyList<string> AlsoIn)
{
    public RenderedStory(DigestStory story) : this(story, []) { }
}
