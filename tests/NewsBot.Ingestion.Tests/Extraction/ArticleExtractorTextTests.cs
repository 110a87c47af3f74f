using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleExtractorTextTests
{
    private static readonly Uri PageUri = new("https://larkspur-gazette.example/news/2024/harbour-bridge-reopens?ref=feed");

    private static string ExtractFixture() => new ArticleExtractor().Extract(Fixtures.Read("larkspur-gazette.html"), PageUri).Text;

    [Theory]
    [InlineData("Ignore this script text")]
    [InlineData("color: red")]
    [InlineData("Sport")]
    [InlineData("cookies")]
    [InlineData("Share on Facebook")]
    [InlineData("photographed by a reader")]
    [InlineData("Morning Tide newsletter")]
    [InlineData("Ferry timetable changes explained")]
    [InlineData("commenter named Quill")]
    [InlineData("Lighthouse keeper")]
    [InlineData("All rights reserved")]
    public void Extract_NewsPage_DropsBoilerplate(string boilerplate) =>
        Assert.DoesNotContain(boilerplate, ExtractFixture(), StringComparison.Ordinal);

    [Fact]
    public void Extract_NewsPage_KeepsBlocksInOrderSeparatedByOneBlankLine()
    {
        var blocks = ExtractFixture().Split("\n\n");

        Assert.Equal(
        [
            "The harbour bridge in Larkspur reopened to traffic on Tuesday morning, two years after engineers closed it because of corroded cables.",
            "Hundreds of residents walked across the deck before the first buses arrived, and the town band played from the northern ramp.",
            "A long repair",
            "Contractors replaced all forty-eight suspension cables, repainted the towers and rebuilt the pedestrian walkway, the council said in a statement.",
            "\"We have waited a long time for this day, and it was worth it,\" said Deputy Mayor Tobias Ferreira-Lund.",
            "The repair programme had three phases:",
            "Cable replacement, finished in spring\nTower repainting, finished in summer\nWalkway rebuilding, finished last month",
            "Phase | Cost\nCables | 4.1 million\nTowers | 1.3 million",
            "Ferries that filled in during the closure will keep a reduced timetable until the end of the month, the harbour authority said.",
        ], blocks);
    }

    [Fact]
    public void Extract_ScatteredWhitespace_IsNormalisedWithinBlocks()
    {
        const string html = "<html><body><article><p>  The\tNorthmoor   Courier\n\n reported\u00A0rain. </p>\n\n\n<p>\nSecond   one, with a comma, and enough words to count.</p></article></body></html>";

        var text = new ArticleExtractor().Extract(html, null).Text;

        Assert.Equal("The Northmoor Courier reported rain.\n\nSecond one, with a comma, and enough words to count.", text);
    }

    [Fact]
    public void Extract_PageWithoutParagraphElements_StillProducesText()
    {
        const string html = """
            <html><body>
              <div class="menu"><a href="/">Home</a> <a href="/about">About</a></div>
              <div id="story">The Fenwick Valley Herald learned on Monday that the old mill will become a library, a museum and a cafe.<br><br>
              Work starts in June, according to the planning office, and should take eighteen months, weather permitting.<br><br>
              Residents, who campaigned for a decade, plan a celebration at the mill gate on Saturday afternoon.</div>
            </body></html>
            """;

        var text = new ArticleExtractor().Extract(html, null).Text;

        Assert.StartsWith("The Fenwick Valley Herald learned", text, StringComparison.Ordinal);
        Assert.Contains("\n\nWork starts in June", text, StringComparison.Ordinal);
        Assert.EndsWith("mill gate on Saturday afternoon.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("About", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BodySplitIntoManySmallDivs_KeepsAllOfThem()
    {
        var sentences = Enumerable.Range(1, 12)
            .Select(i => $"Sentence {i} of the Quarry Lane Chronicle report, on the flooded underpass, continues here.")
            .ToList();
        var html = "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><div class=\"wrapper\">"
            + string.Concat(sentences.Select(s => $"<div class=\"row\"><div class=\"cell\">{s}</div></div>"))
            + "</div><div class=\"footer\">Quarry Lane Chronicle, 12 Mill Road</div></body></html>";

        var text = new ArticleExtractor().Extract(html, null).Text;

        Assert.Equal(string.Join("\n\n", sentences), text);
    }

    [Fact]
    public void Extract_SeveralCandidateBodies_PicksTheArticleOverLinkLists()
    {
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/s/{i}\">Another story number {i}, with a long link title</a></li>"));
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i} of the Brindle Point Post story, which explains, at length, why the tide mill stopped.</p>"));
        var html = $"<html><body><div class=\"list\"><ul>{links}</ul></div><div class=\"post\">{paragraphs}</div><div class=\"more\"><ul>{links}</ul></div></body></html>";

        var text = new ArticleExtractor().Extract(html, null).Text;

        Assert.StartsWith("Paragraph 1 of the Brindle Point Post", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story", text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split("\n\n").Length);
    }

    [Fact]
    public void Extract_LayoutTable_WritesCellParagraphsAsBlocks()
    {
        const string html = """
            <html><body><table><tr><td><a href="/">Home</a></td><td>
              <p>The Ostler Bay Times, in a layout of the old school, keeps its story in a table cell.</p>
              <p>A second paragraph follows, with a comma, and an ending.</p>
            </td></tr></table></body></html>
            """;

        var text = new ArticleExtractor().Extract(html, null).Text;

        Assert.Equal("The Ostler Bay Times, in a layout of the old school, keeps its story in a table cell.\n\nA second paragraph follows, with a comma, and an ending.", text);
    }

    [Fact]
    public void Extract_NestedList_PutsEveryItemOnItsOwnLine()
    {
        const string html = """
            <html><body><article><p>The Ostler Bay Times lists the harbour works, in order, for its readers:</p>
            <ol><li>Dredging<ul><li>North basin</li><li>South basin</li></ul></li><li>Lighting</li></ol></article></body></html>
            """;

        var text = new ArticleExtractor().Extract(html, null).Text;

        Assert.EndsWith("readers:\n\nDredging\nNorth basin\nSouth basin\nLighting", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EmptyDocument_ReturnsEmptyTextWithReason()
    {
        var article = new ArticleExtractor().Extract("", null);

        Assert.Equal("", article.Text);
        Assert.Equal("the page has no readable text", article.EmptyReason);
        Assert.Null(article.PartialReason);
    }
}
