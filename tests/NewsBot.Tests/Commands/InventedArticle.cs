using NewsBot.Core.Storage;

namespace NewsBot.Tests.Commands;

/// <summary>An invented outlet's article, as a page to fetch and as the bot would have stored it.</summary>
internal static class InventedArticle
{
    public const string Outlet = "Harbourline Post";
    public const string Title = "Skarva ferry link wins harbour board approval";
    public const string Speaker = "Mara Lindqvist";
    public const string Quote = "The island has waited long enough for a crossing it can rely on";

    public const string Page = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{Title}</title>
        <meta property="og:site_name" content="{Outlet}">
        <meta name="author" content="Jonas Ferrante">
        <meta property="article:published_time" content="2026-11-27T09:30:00Z"></head>
        <body><article>
          <h1>{Title}</h1>
          <p>The harbour board of Northfield approved a new ferry link to Skarva island on Monday after a two-year study of winter crossings.</p>
          <p>“{Quote},” said {Speaker}, director of the harbour board. “We will publish every figure so that people can judge the work for themselves.”</p>
          <p>Residents who attended the meeting said they would follow the plans closely over the coming months, and several asked
             for a public hearing before any contract is signed.</p>
          <p>“Winter is when the island needs the boat most, and winter is when it has failed us,” said Tomas Ekberg, who runs the Skarva grocery.</p>
        </article></body></html>
        """;

    public static ArticleRecord Stored(string canonicalUrl, string feedUrl, string title = Title, string quote = "Every crossing will run to a timetable people can trust") => new()
    {
        Identity = new ArticleIdentity(feedUrl, canonicalUrl, canonicalUrl),
        Title = title,
        Outlet = Outlet,
        Byline = "Greta Hale",
        Text = $"The harbour board of Northfield approved a ferry link to Skarva island. “{quote},” said {Speaker}, director of the harbour board.",
        Quotes = [new StoredQuote(quote, Speaker) { Role = "director of the harbour board" }],
    };

    private static readonly (string Town, string Subject, string Speaker)[] Briefs =
    [
        ("Kelmsby", "bridge repairs on the Orrin river", "Anika Rowe"),
        ("Dunmarrow", "school lunch prices", "Pieter Holm"),
        ("Ashcombe", "a tram line extension", "Lena Brandt"),
        ("Fellgate", "the winter grit supply", "Oskar Nyberg"),
        ("Wrenfield", "hospital car park fees", "Dalia Moss"),
        ("Thornwick", "a summer swimming ban at Lake Vire", "Emil Sorensen"),
        ("Calder Cross", "the museum's leaking roof", "Greta Hale"),
        ("Brackenhurst", "a cycle lane on Mill Street", "Jonas Ferrante"),
    ];

    /// <summary>One of eight unrelated stories with three long quotes each, so a digest of all of them needs several messages.</summary>
    public static ArticleRecord Brief(int number, string siteUrl, string feedUrl)
    {
        var (town, subject, speaker) = Briefs[number];
        var url = $"{siteUrl.TrimEnd('/')}/brief-{number}.html";
        var quotes = Enumerable.Range(1, 3)
            .Select(n => $"Point {n} for {town}: " + string.Join(' ', Enumerable.Repeat($"{town} has argued about {subject} for years and deserves a straight answer.", 4)))
            .Select(q => new StoredQuote(q, speaker) { Role = $"a councillor in {town}" })
            .ToList();
        return new ArticleRecord
        {
            Identity = new ArticleIdentity(feedUrl, url, url),
            Title = $"{town} argues over {subject}",
            Outlet = Outlet,
            Text = string.Join("\n\n", quotes.Select(q => $"“{q.Text},” said {speaker}.")),
            Quotes = quotes,
        };
    }
}
