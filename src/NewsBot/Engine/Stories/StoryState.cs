using System.Text.Json;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Stories;

/// <summary>
/// What the story memory keeps of a delivered story, as the store's opaque state: what its embed shows (title, link,
/// outlet, quotes, "also in") and every article the clusterer put in it, so later coverage can be matched and shown.
/// </summary>
public sealed record StoryState
{
    public required string Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public DateTimeOffset? Published { get; init; }
    public bool FromExcerpt { get; init; }
    public string? Byline { get; init; }
    public string? Image { get; init; }
    public IReadOnlyList<StoredQuote> Quotes { get; init; } = [];
    public IReadOnlyList<string> KeySentences { get; init; } = [];
    public IReadOnlyList<string> AlsoIn { get; init; } = [];
    public IReadOnlyList<StoryCandidate> Members { get; init; } = [];

    /// <summary>A story as a digest delivers it: the representative's shown quotes, its outlets and the cluster's articles.</summary>
    public static StoryState Delivered(SelectedStory selected, int maxQuotes)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var article = selected.Article.Article;
        return new StoryState
        {
            Title = article.Title,
            Url = article.Identity.CanonicalUrl,
            Source = DigestSelector.OutletOf(article),
            Published = article.PublishedAt,
            FromExcerpt = article.IsPartial,
            Byline = article.Byline,
            Image = article.Image,
            Quotes = [.. article.Quotes.Take(maxQuotes)],
            KeySentences = article.KeySentences,
            AlsoIn = selected.AlsoIn,
            Members = selected.Members,
        };
    }

    public string Write() => JsonSerializer.Serialize(this, StoryStateJsonContext.Default.StoryState);

    /// <summary>Null for a state this version cannot read: such a story is forgotten rather than stopping a digest.</summary>
    public static StoryState? TryRead(string state)
    {
        try
        {
            return Read(state);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <exception cref="JsonException">The state was not written by <see cref="Write"/>.</exception>
    public static StoryState Read(string state) =>
        JsonSerializer.Deserialize(state, StoryStateJsonContext.Default.StoryState) ?? throw new JsonException("empty story state");
}
