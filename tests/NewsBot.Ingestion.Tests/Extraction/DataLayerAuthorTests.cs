using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>The post author a WordPress tag-manager data layer records, read only when the page credits nobody else.</summary>
public sealed class DataLayerAuthorTests
{
    private static readonly Uri PageUri = new("https://tidepool-notes.example/guides/reading-tide-tables/");

    private const string Body = "<h1>Reading tide tables</h1><p>Text of the guide.</p>";

    [Fact]
    public void Extract_DataLayerPostAuthor_IsTheByline() =>
        Assert.Equal("Rosalind Achterberg", Read(Page(DataLayer("Rosalind Achterberg"), Body)).Byline);

    [Fact]
    public void Extract_DataLayerPostAuthorWithEscapes_IsDecoded() =>
        Assert.Equal("Tomáš Dvořák", Read(Page(DataLayer("Tom\\u00e1\\u0161 Dvo\\u0159\\u00e1k"), Body)).Byline);

    [Fact]
    public void Extract_ShownBylineAndDataLayer_TheShownOneWins() =>
        Assert.Equal("Ingrid Salvesen", Read(Page(DataLayer("Rosalind Achterberg"), "<h1>Reading tide tables</h1><p>By Ingrid Salvesen</p><p>Text of the guide.</p>")).Byline);

    [Fact]
    public void Extract_DataLayerPlaceholderAccount_IsNoByline() =>
        Assert.Null(Read(Page(DataLayer("admin"), Body)).Byline);

    private static string DataLayer(string author) =>
        $$"""<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"{{author}}"}; dataLayer.push(dataLayer_content);</script>""";

    private static ArticleMetadata Read(string html) => new ArticleExtractor().Extract(html, PageUri).Metadata;

    private static string Page(string head, string body) => $"<html><head>{head}</head><body>{body}</body></html>";
}
