using NewsBot.Core.Storage;

namespace NewsBot.Benchmarks.Commands;

/// <summary>Invented articles as the poller would have stored them: an invented outlet, invented people, three quotes each.</summary>
internal static class InventedStories
{
    public const string FeedUrl = "https://news.example/feed.xml";

    private static readonly string[] Towns = ["Kelmsby", "Dunmarrow", "Ashcombe", "Fellgate", "Wrenfield", "Thornwick", "Calder Cross", "Brackenhurst"];
    private static readonly string[] Subjects = ["the bridge repairs", "school lunch prices", "the tram extension", "the winter grit supply", "hospital parking fees"];
    private static readonly string[] Speakers = ["Anika Rowe", "Pieter Holm", "Lena Brandt", "Oskar Nyberg", "Dalia Moss", "Emil Sorensen"];

    public static string Url(int number) => $"https://news.example/story-{number}";

    public static ArticleRecord Create(int number)
    {
        var town = Towns[number % Towns.Length];
        var subject = Subjects[number % Subjects.Length];
        var speaker = Speakers[number % Speakers.Length];
        var quotes = Enumerable.Range(1, 3)
            .Select(n => new StoredQuote($"{town} has waited {n + 1} years for a straight answer on {subject}, and story {number} will not be the last word", speaker)
            {
                Role = $"a councillor in {town}",
            })
            .ToList();
        return new ArticleRecord
        {
            Identity = new ArticleIdentity(FeedUrl, Url(number), Url(number)),
            Title = $"{town} council argues over {subject} (story {number})",
            Outlet = "Northfield Courier",
            Byline = "Greta Hale",
            Text = string.Join("\n\n", quotes.Select(q => $"“{q.Text},” said {speaker}, {q.Role}.")),
            Quotes = quotes,
        };
    }
}
