using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class MetaTagsTests
{
    private const string Head = """
        <html><head>
        <meta property="og:title  twitter:title" content="Ferry fares rise">
        <meta name="AUTHOR" content="Ilse Varga">
        <meta name="author" content="Tomasz Quill">
        <meta name="description" content="  ">
        </head><body></body></html>
        """;

    [Fact]
    public void Constructor_PropertyListingTwoKeys_KeepsTheValueUnderEach()
    {
        var meta = new MetaTags(new HtmlParser().ParseDocument(Head));

        Assert.Equal("Ferry fares rise", meta.First("twitter:title"));
        Assert.Equal("Ferry fares rise", meta.First("og:title"));
    }

    [Fact]
    public void Constructor_KeyRepeatedInAnotherCase_KeepsEveryValueInOrder()
    {
        var meta = new MetaTags(new HtmlParser().ParseDocument(Head));

        Assert.Equal(["Ilse Varga", "Tomasz Quill"], meta.All("author"));
    }

    [Fact]
    public void Constructor_BlankContent_IsNoValue()
    {
        Assert.Null(new MetaTags(new HtmlParser().ParseDocument(Head)).First("description"));
    }
}
