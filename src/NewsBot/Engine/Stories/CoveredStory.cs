using NewsBot.Core.Digests;

namespace NewsBot.Engine.Stories;

/// <summary>A digest story and the other outlets that covered it.</summary>
public sealed record CoveredStory(DigestStory Story, IReadOnlyList<string> AlsoIn)
{
    public CoveredStory(DigestStory story) : this(story, []) { }

    /// <summary>Where each "also in" outlet ran the story (outlet name to article URL), for link buttons; an outlet missing here is named without a link.</summary>
    public IReadOnlyDictionary<string, string> AlsoInLinks { get; init; } = new Dictionary<string, string>();

    /// <summary>The first article of each outlet among <paramref name="members"/> that has a web address, by outlet name.</summary>
    public static IReadOnlyDictionary<string, string> LinksOf(IEnumerable<StoryCandidate> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var links = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members)
        {
            if (member.Outlet is { } outlet && Uri.TryCreate(member.Key, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                links.TryAdd(outlet, member.Key);
        }
        return links;
    }
}
