using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A headline that is only the site's name gives way to the title's other part (invented sites).</summary>
public sealed class SiteNamedHeadlineTests
{
    private static readonly SiteIdentity Site = new("Kestrel Supply", null, new Uri("https://shop.kestrelsupply.example/ladders"));

    [Theory]
    [InlineData("Kestrel Supply", "Orchard Ladders for Hire | Kestrel Supply", "Orchard Ladders for Hire")]
    [InlineData("KestrelSupply", "Glossary - Kestrel Supply", "Glossary")]
    public void Replace_HeadlineIsTheSitesName_TitlesOtherPart(string headline, string title, string expected) =>
        Assert.Equal(expected, SiteNamedHeadline.Replace(headline, title, Site));

    [Theory]
    [InlineData("Kestrel Supply", "Kestrel Supply | Ladders That Last")]
    [InlineData("Kestrel Supply", "Kestrel Supply")]
    [InlineData("Orchard Ladders", "Orchard Ladders | Kestrel Supply")]
    [InlineData("Supply", "Ladder Hire | Kestrel Supply")]
    public void Replace_TitleOpensWithTheSiteOrHeadlineIsNotTheSite_HeadlineKept(string headline, string title) =>
        Assert.Equal(headline, SiteNamedHeadline.Replace(headline, title, Site));

    [Fact]
    public void Replace_NoHeadline_Null() =>
        Assert.Null(SiteNamedHeadline.Replace(null, "Orchard Ladders | Kestrel Supply", Site));
}
