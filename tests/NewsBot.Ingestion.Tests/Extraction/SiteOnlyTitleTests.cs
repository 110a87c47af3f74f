using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A title that names only the site says nothing of the page, except on the home page (invented sites).</summary>
public sealed class SiteOnlyTitleTests
{
    private static SiteIdentity Site(string path) => new("Heron Hollow", null, new Uri("https://www.heronhollow.example" + path));

    [Theory]
    [InlineData("Heron Hollow - Where birders talk")]
    [InlineData("| Heron Hollow Magazine")]
    [InlineData("Heron Hollow")]
    public void NamesOnlyTheSite_SiteOnlyTitleOnAnInnerPage_True(string title) =>
        Assert.True(SiteOnlyTitle.NamesOnlyTheSite(title, Site("/threads/owl-boxes.12/")));

    [Fact]
    public void NamesOnlyTheSite_HomePage_False() =>
        Assert.False(SiteOnlyTitle.NamesOnlyTheSite("Heron Hollow - Where birders talk", Site("/")));

    [Theory]
    [InlineData("Owl boxes in March | Heron Hollow")]
    [InlineData("Heron Hollow Owl Boxes - Where birders talk")]
    [InlineData(null)]
    public void NamesOnlyTheSite_TitleNamesThePage_False(string? title) =>
        Assert.False(SiteOnlyTitle.NamesOnlyTheSite(title, Site("/threads/owl-boxes.12/")));
}
