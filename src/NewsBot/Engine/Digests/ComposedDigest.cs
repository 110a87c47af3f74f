using NewsBot.Engine.Stories;

namespace NewsBot.Engine.Digests;

/// <summary>A window's new stories (with what to remember of each), and the earlier stories it brings more coverage of.</summary>
public sealed record ComposedDigest(IReadOnlyList<FreshStory> Stories, IReadOnlyList<StoryUpdate> Updates)
{
    public static ComposedDigest Empty { get; } = new([], []);
}
