using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>An article on a personal site whose address is its owner's name, crediting nobody: the owner wrote it.</summary>
public sealed class ArticleExtractorAddressOwnerTests
{
    private static readonly Uri OwnersSite = new("https://www.rosalindachterberg.example/blog/reading-tide-tables/");

    private const string Menu = """
        <nav><ul>
        <li><a href="/about/">About Rosalind Achterberg</a></li>
        <li><a href="/blog/">Blog</a></li>
        </ul></nav>
        """;

    [Fact]
    public void Extract_ArticleOnTheOwnersSiteWithoutCredit_IsTheOwner() =>
        Assert.Equal("Rosalind Achterberg", Read(Article(Menu), OwnersSite).Byline);

    [Fact]
    public void Extract_ArticleOnTheOwnersSiteWithAShownByline_KeepsTheShownOne() =>
        Assert.Equal("Ingrid Salvesen", Read(Article(Menu + "<p class=\"byline\">By Ingrid Salvesen</p>"), OwnersSite).Byline);

    [Fact]
    public void Extract_NameOnAnotherSite_IsNoByline() =>
        Assert.Null(Read(Article(Menu), new Uri("https://tidepool-notes.example/blog/reading-tide-tables/")).Byline);

    private static ArticleMetadata Read(string html, Uri address) => new ArticleExtractor().Extract(html, address).Metadata;

    private static string Article(string top) => $$"""
        <html><head><title>Reading tide tables</title><meta property="og:type" content="article"></head><body>{{top}}
        <article><h1>Reading tide tables</h1>
        <p>Tide tables list the hours of high and low water for a harbour, and learning to read them takes an afternoon of patience and a pencil.</p>
        <p>Each row gives a time and a height; the difference between neighbouring rows tells you how fast the water rises or falls that day.</p>
        <p>Spring tides follow the full and the new moon, and neap tides fall between them, when the range between high and low water is smallest.</p>
        </article></body></html>
        """;
}
