using NewsBot.Core.Storage;

namespace NewsBot.Core.Digests;

/// <summary>A window's articles that report the earlier story <paramref name="StoryId"/>, as stored and as the clusterer saw them.</summary>
public sealed record JoiningArticles(long StoryId, IReadOnlyList<StoredArticle> Articles, IReadOnlyList<StoryCandidate> Candidates);
