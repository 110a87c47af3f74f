using System.Text.Json;
using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

/// <summary>
/// Invented week of news from ten invented outlets (TestData/story-coverage.json): about fifty events, each article
/// labelled with the event it reports, with hard negatives (two storms, three council votes, one minister on two
/// days, one team's matches) and hard positives (rewordings, rounded numbers, same-day follow-ups).
/// </summary>
internal static class InventedCoverage
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyList<LabelledStory>> Loaded = new(Load);

    public static IReadOnlyList<LabelledStory> Stories => Loaded.Value;

    public static IReadOnlyList<StoryCandidate> Candidates => [.. Stories.Select(s => s.Candidate)];

    /// <summary>The event of a candidate from this fixture: the part of its key before the slash.</summary>
    public static string EventOf(StoryCandidate story) => story.Key.Split('/')[0];

    private static IReadOnlyList<LabelledStory> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Digests", "TestData", "story-coverage.json");
        var articles = JsonSerializer.Deserialize<List<Article>>(File.ReadAllText(path), Web)
            ?? throw new InvalidDataException("empty coverage fixture");
        return [.. articles.Select(a => new LabelledStory(a.Event, new StoryCandidate(a.Key, a.Title, a.Lead, a.Outlet, a.Published)))];
    }

    private sealed record Article(string Event, string Key, string Outlet, DateTimeOffset Published, string Title, string Lead);
}
