using NewsBot.Core.Digests;

namespace NewsBot.Engine.Stories;

/// <summary>A digest story and the other outlets that covered it.</summary>
public sealed record CoveredStory(DigestStory Story, IReadOnlyList<string> AlsoIn)
{
    public CoveredStory(DigestStory story) : this(story, []) { }
}
