using System.Globalization;

namespace NewsBot.Benchmarks.Engine;

/// <summary>The facts of one invented event; outlets covering it share these and word them differently.</summary>
internal sealed record NewsEvent(
    string Town, string Body, string Project, string Figure, string Verb,
    IReadOnlyList<(string Name, string Role)> Speakers)
{
    private static readonly string[] Verbs = ["approves", "delays", "rejects", "expands", "funds", "pauses"];

    public static NewsEvent From(int seed)
    {
        var random = new Random(seed);
        var body = NewsVocabulary.Pick(random, NewsVocabulary.Bodies);
        var speakers = Enumerable.Range(0, 4)
            .Select(i => (
                $"{NewsVocabulary.Pick(random, NewsVocabulary.FirstNames)} {NewsVocabulary.Pick(random, NewsVocabulary.Surnames)}",
                i == 0 ? $"the {body}'s {NewsVocabulary.Pick(random, NewsVocabulary.Roles)}"
                    : $"the {NewsVocabulary.Pick(random, NewsVocabulary.Bodies)}'s {NewsVocabulary.Pick(random, NewsVocabulary.Roles)}"))
            .ToList();
        var figure = string.Create(CultureInfo.InvariantCulture, $"{random.Next(2, 90)}.{random.Next(1, 9)} million crowns");
        return new NewsEvent(
            NewsVocabulary.Pick(random, NewsVocabulary.Towns), body, NewsVocabulary.Pick(random, NewsVocabulary.Projects),
            figure, NewsVocabulary.Pick(random, Verbs), speakers);
    }

    public string Surname(int speaker) => Speakers[speaker].Name.Split(' ')[^1];
}
