namespace NewsBot.Tests.Engine;

/// <summary>One invented story as an outlet runs it.</summary>
internal sealed record SiteStory(string Slug, string Headline, string Lead, DateTimeOffset Published, string Quote, string Speaker, string Role)
{
    public static string OutletName(string outlet) => outlet switch
    {
        "courier" => "Northfield Courier",
        "ledger" => "The Valley Ledger",
        "gazette" => "Brindlemoor Gazette",
        _ => outlet,
    };

    public static SiteStory Ferry(DateTimeOffset published, string headline = "Harbour board approves new ferry link to Skarva island") => new(
        "ferry", headline,
        "The harbour board of Northfield approved a new ferry link to Skarva island on Monday after a two-year study of winter crossings.",
        published, "The island has waited long enough for a crossing it can rely on", "Mara Lindqvist", "director of the harbour board");

    public static SiteStory Library(DateTimeOffset published) => new(
        "library", "Old mill to become Northfield's new public library",
        "Northfield's disused wool mill will house the town library from next spring, the council said, after a vote on its restoration budget.",
        published, "Books belong where people already walk every day", "Tomas Ekberg", "the council's culture officer");

    private static readonly (string Subject, string Town, string Speaker)[] Briefs =
    [
        ("bridge repairs on the Orrin river", "Kelmsby", "Anika Rowe"),
        ("school lunch prices", "Dunmarrow", "Pieter Holm"),
        ("a tram line extension", "Ashcombe", "Lena Brandt"),
        ("the winter grit supply", "Fellgate", "Oskar Nyberg"),
        ("hospital car park fees", "Wrenfield", "Dalia Moss"),
        ("a summer swimming ban at Lake Vire", "Thornwick", "Emil Sorensen"),
        ("the museum's leaking roof", "Calder Cross", "Greta Hale"),
        ("a cycle lane on Mill Street", "Brackenhurst", "Jonas Ferrante"),
        ("a forest fire drill", "Pinehollow", "Maud Castell"),
        ("a bakery wage dispute", "Saltmere", "Ruben Okafor"),
        ("night flights at the regional airport", "Eastry", "Vera Lund"),
        ("ticket prices for the choir festival", "Glenross", "Hugo Marsh"),
    ];

    /// <summary>One of twelve unrelated stories, so a digest of them needs more than one message.</summary>
    public static SiteStory Brief(int number, DateTimeOffset published)
    {
        var (subject, town, speaker) = Briefs[number % Briefs.Length];
        return new(
            $"brief-{number}", $"{town} argues over {subject}",
            $"Councillors in {town} spent the evening on {subject}, with no vote expected before the spring.",
            published, $"{town} deserves a straight answer on {subject}", speaker, $"a councillor in {town}");
    }
}
