namespace NewsBot.Core.Digests;

/// <summary>A window's new stories, and its articles that report stories earlier digests delivered.</summary>
public sealed record DigestSelection(IReadOnlyList<SelectedStory> Stories, IReadOnlyList<JoiningArticles> Joins);
