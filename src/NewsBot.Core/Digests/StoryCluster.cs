namespace NewsBot.Core.Digests;

/// <summary>One event as covered by one or more outlets; <see cref="Representative"/> is the version the digest shows.</summary>
public sealed record StoryCluster(StoryCandidate Representative, IReadOnlyList<StoryCandidate> Members)
{
    /// <summary>The other outlets that ran the story, for an "also in" line.</summary>
    public IReadOnlyList<string> AlsoIn => Members
        .Select(m => m.Outlet)
        .OfType<string>()
        .Where(o => !string.Equals(o, Representative.Outlet, StringComparison.OrdinalIgnoreCase))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}
