using NewsBot.Ingestion.Articles;

namespace NewsBot.Ingestion.Tests.Articles;

public sealed class PlainTextArticleTests
{
    [Fact]
    public void From_WrappedLinesAndCrLf_JoinsParagraphsWithOneBlankLine()
    {
        var article = PlainTextArticle.From("First line\r\nsame paragraph.\r\n\r\n\r\n\r\n  Second paragraph.  \r\n");

        Assert.Equal("First line same paragraph.\n\nSecond paragraph.", article.Text);
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void From_OneParagraphPerLine_KeepsEachLineAParagraph()
    {
        var quote = "\u201cThe ferry will run all winter, and nobody on the island should doubt that for a moment,\u201d said Ada Lind.";
        var article = PlainTextArticle.From(quote + "\nTomas Berg, the harbour master, said the pier was ready.\n");

        Assert.Equal(quote + "\n\nTomas Berg, the harbour master, said the pier was ready.", article.Text);
    }

    [Fact]
    public void From_LongLinesWrappedMidSentence_StayOneParagraph()
    {
        var first = "The island council met on Thursday to discuss the ferry timetable, and the harbour master Ada Lind told them that the";
        var article = PlainTextArticle.From(first + "\nwinter crossings would run as planned.\n");

        Assert.Equal(first + " winter crossings would run as planned.", article.Text);
    }

    [Fact]
    public void From_Empty_IsEmptyText() => Assert.Equal(string.Empty, PlainTextArticle.From("\n\n  \n").Text);

    [Fact]
    public void FromFile_LineStandingAlone_IsTheTitleAndStaysInTheText()
    {
        var article = PlainTextArticle.FromFile("Ferry fares frozen for a year\r\n\r\nThe island council froze fares.\r\n");

        Assert.Equal("Ferry fares frozen for a year", article.Metadata.Title);
        Assert.Equal("Ferry fares frozen for a year\n\nThe island council froze fares.", article.Text);
    }

    [Fact]
    public void FromFile_FirstParagraphWrappedOverLines_HasNoTitle() =>
        Assert.Null(PlainTextArticle.FromFile("The island council\nfroze fares on Monday.\n\nMore.").Metadata.Title);

    [Fact]
    public void FromFile_FirstLineLongerThanAHeadline_HasNoTitle() =>
        Assert.Null(PlainTextArticle.FromFile(new string('a', 201) + "\n\nMore.").Metadata.Title);
}
