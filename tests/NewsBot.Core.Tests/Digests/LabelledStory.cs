using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

/// <summary>A fixture article with the event it reports, the ground truth for clustering scores.</summary>
internal sealed record LabelledStory(string Event, StoryCandidate Candidate);
