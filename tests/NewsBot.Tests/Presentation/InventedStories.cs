using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Engine.Stories;

namespace NewsBot.Tests.Presentation;

/// <summary>Invented stories from invented outlets and people.</summary>
internal static class InventedStories
{
    public static readonly DateTimeOffset Morning = new(2026, 11, 30, 8, 15, 0, TimeSpan.Zero);

    public static Quote KeyQuote(string text, string? speaker = "Mara Velden", string? role = "harbour master") =>
        new(text, 0, text.Length) { Speaker = speaker, SpeakerRole = role, IsKey = true, Score = 1 };

    public static DigestStory Story(string title, params Quote[] quotes) =>
        new(title, "https://brindle-post.example/story", "The Brindle Post", Morning, new QuoteAnalysis(quotes, []));

    public static CoveredStory Rendered(string title, params Quote[] quotes) => new(Story(title, quotes));

    public static IReadOnlyList<CoveredStory> Many(int count) =>
        Enumerable.Range(1, count)
            .Select(i => Rendered($"Ferry line {i} resumes service", KeyQuote($"We are running again on line {i}.")))
            .ToList();
}
