using NewsBot.Core.Storage;

namespace NewsBot.Core.Digests;

/// <summary>A story chosen for a digest: the article that represents it and the other outlets that ran it.</summary>
public sealed record SelectedStory(StoredArticle Article, IReadOnlyList<string> AlsoIn)
{
    /// <summary>Every article of the story as the clusterer saw it (remembered, so later coverage can be matched to it).</summary>
    public IReadOnlyList<StoryCandidate> Members { get; init; } = [];
}
