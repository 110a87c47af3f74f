using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ClosingSectionsTests
{
    private static readonly string Body = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
        $"Paragraph {i} of the report: the Hollowmere ferry board met on Thursday and agreed to keep the winter timetable."));

    [Theory]
    [InlineData("About the Author")]
    [InlineData("You might also like:")]
    [InlineData("Disclaimer")]
    [InlineData("More from the Hollowmere Herald")]
    [InlineData("12 Comments")]
    [InlineData("Über den Autor")]
    public void Cut_ClosingHeadingAfterTheBody_DropsItAndWhatFollows(string heading)
    {
        var text = Body + "\n\n" + heading + "\n\nOrla Penhallow writes about ferries and the harbour for the Herald.";

        Assert.Equal(Body, ClosingSections.Cut(text));
    }

    [Fact]
    public void Cut_ClosingHeadingBeforeMostOfTheText_KeepsEverything()
    {
        var text = "Ferry board keeps winter timetable\n\nDisclaimer\n\n" + Body;

        Assert.Equal(text, ClosingSections.Cut(text));
    }

    [Fact]
    public void Cut_HeadingWordsInsideALongBlock_KeepsEverything()
    {
        var text = Body + "\n\nAbout the author of the proposal, the board said little beyond her years on the crossing.";

        Assert.Equal(text, ClosingSections.Cut(text));
    }

    [Fact]
    public void Extract_DatedArticleWithAuthorBox_EndsWithTheBody()
    {
        var paragraphs = string.Concat(Body.Split("\n\n").Select(p => $"<p>{p}</p>"));
        var html = $$$"""
            <html><head><title>Ferry board keeps winter timetable</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry board keeps winter timetable","datePublished":"2026-02-12T09:00:00Z","author":{"@type":"Person","name":"Orla Penhallow"}}</script>
            </head><body><article><h1>Ferry board keeps winter timetable</h1>
            {{{paragraphs}}}
            <h3>About the author</h3><p>Orla Penhallow has covered the Hollowmere crossing for the Herald since the old pier closed.</p>
            </article></body></html>
            """;

        var text = new ArticleExtractor().Extract(html, new Uri("https://hollowmere-herald.example/news/2026/02/12/ferry-timetable")).Text;

        Assert.EndsWith("keep the winter timetable.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("covered the Hollowmere crossing", text, StringComparison.Ordinal);
    }
}
