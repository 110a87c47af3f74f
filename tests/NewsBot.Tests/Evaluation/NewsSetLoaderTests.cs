using System.IO.Compression;
using System.Text;
using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>Reading the news set: our additions get their text from the shared corpora and every quote is proved by its SHA-1.</summary>
public sealed class NewsSetLoaderTests : IDisposable
{
    private readonly InventedNewsSet _set = new();

    public void Dispose() => _set.Dispose();

    [Fact]
    public void Load_Additions_DerivesTextAndQuotesFromSharedData()
    {
        _set.WriteAdditions();

        var articles = NewsSetLoader.Load([_set.AdditionsPath], dataFolder: null);

        Assert.Equal(["inv-en", "inv-de"], articles.Select(a => a.Id));
        Assert.Equal(InventedNewsSet.WcxbTitle + "\n\n" + InventedNewsSet.WcxbBody, articles[0].Text);
        Assert.Equal(InventedNewsSet.WcxbTitle, articles[0].Title);
        Assert.Equal(("The ferry will run every hour,", "Lena Brandt", "key"), (articles[0].Quotes[0].Quote, articles[0].Quotes[0].Speaker, articles[0].Quotes[0].Kind));
        Assert.Equal("Neuer Hafen\n\n„Wir bauen ab Mai“, sagte Ada Holm.\n\nDer 𝔐olo wartet.", articles[1].Text);
        Assert.Equal("Wir bauen ab Mai", articles[1].Quotes[0].Quote);
    }

    [Fact]
    public void Load_WrongSha1_OneErrorNamingArticleAndQuote()
    {
        _set.WriteAdditions(wrongSha1: "0123456789");

        var error = Assert.Throws<InvalidDataException>(() => NewsSetLoader.Load([_set.AdditionsPath], _set.DataFolder));

        Assert.Contains("article inv-en, quote 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("annotated 0123456789", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MetadataSource_ParagraphTextOfTheReadabilityTestPage()
    {
        var page = Directory.CreateDirectory(Path.Combine(_set.DataFolder, "metadata", "pages", "harbour-1"));
        File.WriteAllText(Path.Combine(page.FullName, "source.html"), InventedNewsSet.PageHtml);

        var text = new SharedSourceText(_set.DataFolder).Read("metadata:harbour-1");

        Assert.Equal("Neuer Hafen\n\n„Wir bauen ab Mai“, sagte Ada Holm.\n\nDer 𝔐olo wartet.", text);
    }

    [Fact]
    public void Read_ExtractionSource_ParagraphTextOfTheGzippedPage()
    {
        var html = Directory.CreateDirectory(Path.Combine(_set.DataFolder, "extraction", "html"));
        using (var gzip = new GZipStream(File.Create(Path.Combine(html.FullName, "ab12.html.gz")), CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(InventedNewsSet.PageHtml));

        var text = new SharedSourceText(_set.DataFolder).Read("extraction:ab12");

        Assert.Equal("Neuer Hafen\n\n„Wir bauen ab Mai“, sagte Ada Holm.\n\nDer 𝔐olo wartet.", text);
    }

    [Fact]
    public void FindDataFolder_NoSharedDataAbove_AsksForTheDataOption()
    {
        var elsewhere = Directory.CreateTempSubdirectory("newsbot-nodata-");
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => NewsSetLoader.FindDataFolder(Path.Combine(elsewhere.FullName, "additions.jsonl")));

            Assert.Contains("--data", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_QuotesNewsLayoutWithOffsetsOff_Throws()
    {
        var path = Path.Combine(_set.Root, "news.jsonl");
        File.WriteAllText(path, """{"id":"n1","lang":"fr","split":"tune","text":"« Le port rouvre », dit-elle.","quotes":[{"quote":"Le port rouvre","speaker":null,"kind":"key","start":0,"end":14}]}""");

        var error = Assert.Throws<InvalidDataException>(() => NewsSetLoader.Load([path], null));

        Assert.Contains("article n1, quote 0 (0-14) is not the quote's text", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"a","lang":"en","quotes":[]}""", true)]
    [InlineData("""{"id":"a","split":"dev","text":"","quotes":[]}""", false)]
    public void IsNewsLayout_FirstLine_DecidesByLanguageField(string firstLine, bool expected)
    {
        var path = Path.Combine(_set.Root, "layout.jsonl");
        File.WriteAllText(path, "\n" + firstLine + "\n");

        Assert.Equal(expected, NewsSetLoader.IsNewsLayout(path));
    }
}
