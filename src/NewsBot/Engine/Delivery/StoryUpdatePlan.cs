using NewsBot.Core.Storage;
using NewsBot.Engine.Stories;

namespace NewsBot.Engine.Delivery;

/// <summary>What later coverage does in one digest: the memory's revisions, the edits to queue, the "More on earlier stories" lines.</summary>
public sealed record StoryUpdatePlan(IReadOnlyList<StoryRevision> Revisions, IReadOnlyList<QueuedEdit> Edits, IReadOnlyList<CoveredStory> MoreOnEarlier)
{
    public static StoryUpdatePlan None { get; } = new([], [], []);

    public bool IsEmpty => Revisions.Count == 0 && Edits.Count == 0 && MoreOnEarlier.Count == 0;
}
