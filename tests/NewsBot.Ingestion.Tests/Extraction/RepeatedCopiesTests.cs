using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class RepeatedCopiesTests
{
    private static readonly string[] Paragraphs =
    [
        "The Brackwater library board voted on Monday to open the reading room on Sunday afternoons.",
        "Librarian Edda Holmqvist said volunteers from the chess club would staff the desk until spring.",
        "Opening hours",
        "The board will review the visitor numbers at its meeting in March and publish them online.",
    ];

    private static readonly string Article = string.Join("\n\n", Paragraphs);

    [Fact]
    public void Remove_TextRenderedTwice_KeepsTheFirstCopy()
    {
        var text = Article + "\n\nPosted in Community\n\n" + Article;

        Assert.Equal(Article + "\n\nPosted in Community\n\nOpening hours", RepeatedCopies.Remove(text));
    }

    [Fact]
    public void Remove_RepeatedLinesInsideABlock_DropsOnlyThoseLines()
    {
        var text = Article + "\n\n" + Paragraphs[0] + "\n" + Paragraphs[1] + "\n" + Paragraphs[3] + "\nA new line the first copy lacked.";

        Assert.Equal(Article + "\n\nA new line the first copy lacked.", RepeatedCopies.Remove(text));
    }

    [Fact]
    public void Remove_OnePullQuoteRepeated_KeepsEverything()
    {
        var text = Article + "\n\n" + Paragraphs[1] + "\n\nThe chess club meets on Thursdays in the same room, and new players are welcome to join.";

        Assert.Same(text, RepeatedCopies.Remove(text));
    }

    [Fact]
    public void Remove_RepeatedShortLines_KeepsEverything()
    {
        var text = "Price: 12 crowns\n\nAdd to basket\n\nPrice: 12 crowns\n\nAdd to basket";

        Assert.Same(text, RepeatedCopies.Remove(text));
    }

    [Fact]
    public void Extract_ArticleWithAHiddenMobileCopy_ReturnsOneCopy()
    {
        var paragraphs = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));
        var html = $"""
            <html><head><title>Library opens on Sundays</title></head><body>
            <article><h1>Library opens on Sundays</h1>
            <div class="desktop">{paragraphs}</div>
            <div class="mobile">{paragraphs}</div>
            </article></body></html>
            """;

        var text = new ArticleExtractor().Extract(html, new Uri("https://brackwater-echo.example/news/2026/01/library-sundays")).Text;

        Assert.Equal(1, text.Split("chess club would staff the desk").Length - 1);
        Assert.Contains("visitor numbers at its meeting", text, StringComparison.Ordinal);
    }
}
