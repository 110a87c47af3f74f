using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>
/// Published days read where the declared ones fail or mislead (invented pages): JSON-LD with raw line breaks in its
/// strings, a thread header's "started by" day and Microsoft Learn's <c>ms.date</c>.
/// </summary>
public sealed class ArticleExtractorThreadDateTests
{
    private static readonly Uri PageUri = new("https://quillmoor.example/board/threads/kiln-cracks-in-winter.918/");

    private const string Prose = "<p>Every winter the kiln in the Quillmoor studio cracks along the same seam, and the members trade theories about damp bricks, fast firing and the draught from the loading door.</p>";

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset? Published(string head, string body) =>
        new ArticleExtractor().Extract($"<html><head>{head}</head><body>{body}</body></html>", PageUri).Metadata.Published;

    [Fact]
    public void Extract_JsonLdWithRawLineBreaksInAString_ReadsItsDate()
    {
        const string ld = "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Kiln cracks in winter\",\n\t\"articleBody\":\"First line.\n\nSecond\tline.\",\n\t\"datePublished\":\"2023-02-14 09:30:00\"}</script>";

        Assert.Equal(new DateOnly(2023, 2, 14), DateOnly.FromDateTime(Published(ld, "<h1>Kiln cracks in winter</h1>" + Prose)!.Value.UtcDateTime));
    }

    [Fact]
    public void Extract_StartedByLineWithLinkedNameAndDay_IsThePublishedDayOverALaterReplyTime() =>
        Assert.Equal(Day(2024, 5, 11), Published("<title>Kiln cracks in winter</title>",
            "<h1>Kiln cracks in winter</h1><p>Discussion in '<a href=\"/board/ceramics\">Ceramics</a>' started by <a href=\"/members/tamsin.4\">Tamsin Vell</a>, <a href=\"/board/threads/918\"><span>May 11, 2024</span></a>.</p>"
            + Prose + "<div class=\"reply\"><time datetime=\"2025-01-09T10:00:00Z\">Jan 9, 2025</time></div>"));

    [Fact]
    public void Extract_BoardListingTwoStartedByLines_KeepsTheDeclaredTime() =>
        Assert.Equal(new DateTimeOffset(2025, 1, 9, 10, 0, 0, TimeSpan.Zero), Published("<title>Ceramics board</title>",
            "<h1>Ceramics board</h1><ul><li>Kiln cracks. Started by Tamsin Vell, May 11, 2024</li><li>Glaze runs. Started by Odo Brannick, June 2, 2024</li></ul>"
            + Prose + "<time datetime=\"2025-01-09T10:00:00Z\">Jan 9, 2025</time>"));

    [Fact]
    public void Extract_MicrosoftLearnDateMeta_IsThePublishedDay() =>
        Assert.Equal(Day(2024, 8, 19), Published("<title>Kiln drivers overview</title><meta name=\"ms.date\" content=\"2024-08-19T00:00:00Z\">",
            "<h1>Kiln drivers overview</h1>" + Prose));
}
