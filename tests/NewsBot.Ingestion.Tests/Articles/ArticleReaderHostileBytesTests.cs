using System.Text;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Articles;

/// <summary>Bytes that are not a page, read as a page, yield an empty article with a reason instead of garbage text.</summary>
public sealed class ArticleReaderHostileBytesTests
{
    private static readonly SourceLocation Location = SourceLocation.Parse("https://fernhill-observer.example/news/ferry.html");

    private readonly ArticleReader reader = OfflineArticleReader.Create();

    [Fact]
    public void Read_InvalidUtf8Bytes_IsEmptyNotText()
    {
        var bytes = Enumerable.Range(0, 20_000).Select(i => (byte)(0x80 + (i * 7 % 0x40))).ToArray();

        var article = reader.Read(new LoadedDocument(Location, bytes) { MediaType = "text/html", Charset = "utf-8" });

        Assert.Equal("", article.Text);
        Assert.True(article.IsPartial);
        Assert.StartsWith("the input is not text", article.EmptyReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageWithAFewInvalidBytes_KeepsItsText()
    {
        var page = "<html><body><article><p>" + string.Concat(Enumerable.Repeat("The Fernhill ferry timetable changes on Monday after a vote. ", 10))
            + "</p></article></body></html>";
        var bytes = Encoding.UTF8.GetBytes(page).Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();

        var article = reader.Read(new LoadedDocument(Location, bytes) { MediaType = "text/html", Charset = "utf-8" });

        Assert.Contains("ferry timetable", article.Text, StringComparison.Ordinal);
        Assert.Null(article.EmptyReason);
    }
}
