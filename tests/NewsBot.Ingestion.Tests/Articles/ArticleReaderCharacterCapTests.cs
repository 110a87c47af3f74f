using System.Text;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Articles;

/// <summary>A page is decoded only up to the extraction's character cap, and the article says it was cut.</summary>
public sealed class ArticleReaderCharacterCapTests
{
    private static readonly SourceLocation Location = SourceLocation.Parse("https://fernhill-observer.example/news/register.html");

    private readonly ArticleReader reader = OfflineArticleReader.Create();

    [Fact]
    public void Read_HtmlPageOverTheCharacterCap_ReadsItsStartAndSaysItIsTooLong()
    {
        var paragraph = "<p>The Fernhill council published its register of minor works on Tuesday, line by line.</p>";
        var page = "<html><body><article>" + string.Concat(Enumerable.Repeat(paragraph, ExtractionLimits.MaxHtmlChars / paragraph.Length + 10));

        var article = reader.Read(new LoadedDocument(Location, Encoding.UTF8.GetBytes(page)) { MediaType = "text/html", Charset = "utf-8" });

        Assert.True(article.IsPartial);
        Assert.Equal(ArticleCompleteness.TooLongReason, article.PartialReason);
        Assert.StartsWith("The Fernhill council published", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainTextFileOverTheCharacterCap_KeptWhole()
    {
        var text = string.Concat(Enumerable.Repeat("The Larkspur ferry runs again. ", ExtractionLimits.MaxHtmlChars / 30 + 10));
        var file = SourceLocation.Parse(Path.Combine(Path.GetTempPath(), "larkspur.txt"));

        var article = reader.Read(new LoadedDocument(file, Encoding.UTF8.GetBytes(text)));

        Assert.True(article.Text.Length > ExtractionLimits.MaxHtmlChars, $"{article.Text.Length:N0} characters kept");
    }
}
