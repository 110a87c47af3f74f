using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class RecommendationRailsTests
{
    private static string Thread(string rail) => $"""
        <html><head><title>Reseating a cast-iron kettle lid | Pellwood Makers Forum</title></head><body>
        <div class="thread">
          <h1>Reseating a cast-iron kettle lid</h1>
          <div class="post"><p>tinsmith_ada wrote: the lid of my grandmother's kettle rocks on its rim, and steam escapes at the hinge.</p></div>
          <div class="post"><p>harl_brennick wrote: lap the rim with fine paste on a flat glass plate until the contact line is even all round.</p></div>
          <div class="post"><p>tinsmith_ada wrote: that worked after twenty minutes of lapping; the lid now sits without a wobble.</p></div>
          <div class="post"><p>morwen_quill wrote: a thin smear of graphite on the hinge pin stops the squeak that usually follows.</p></div>
        </div>
        {rail}
        </body></html>
        """;

    [Fact]
    public void Extract_LinkRailUnderRelatedHeading_DropsTheRail()
    {
        var html = Thread("""
            <div class="block"><h2>Related discussions</h2><ul>
              <li><a href="/t/1">Enamel chips on an old kettle</a></li><li><a href="/t/2">Copper kettle retinning costs</a></li>
              <li><a href="/t/3">Whistle spouts that stick</a></li><li><a href="/t/4">Which stove suits cast iron</a></li></ul></div>
            """);

        var article = new ArticleExtractor().Extract(html, new Uri("https://forum.pellwood.example/t/kettle-lid/88"), PageType.Service);

        Assert.Contains("graphite on the hinge pin", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copper kettle retinning", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related discussions", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ProseUnderRecommendedHeading_KeepsIt()
    {
        var html = Thread("""
            <div class="block"><h2>Recommended care</h2><p>Dry the kettle on a low flame after every use and wipe the inside with a drop of oil.</p></div>
            """);

        var article = new ArticleExtractor().Extract(html, new Uri("https://forum.pellwood.example/t/kettle-lid/88"), PageType.Service);

        Assert.Contains("wipe the inside with a drop of oil", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("More Topics from this Board")]
    [InlineData("Suggested Topics")]
    [InlineData("Top Posters In This Topic")]
    public void Extract_LinkRailUnderForumRailHeading_DropsTheRail(string heading)
    {
        var html = Thread($"""
            <div class="block"><h2>{heading}</h2><ul>
              <li><a href="/t/1">Enamel chips on an old kettle</a></li><li><a href="/t/2">Copper kettle retinning costs</a></li>
              <li><a href="/t/3">Whistle spouts that stick</a></li><li><a href="/t/4">Which stove suits cast iron</a></li></ul></div>
            """);

        var article = new ArticleExtractor().Extract(html, new Uri("https://forum.pellwood.example/t/kettle-lid/88"), PageType.Service);

        Assert.Contains("graphite on the hinge pin", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copper kettle retinning", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mehr zum Thema")]
    [InlineData("Lesen Sie auch")]
    [InlineData("À lire aussi")]
    [InlineData("Dans la même rubrique")]
    public void Extract_TeaserRailUnderNewsRailHeading_DropsTheRail(string heading)
    {
        var html = Thread($"""
            <div class="block"><h3>{heading}</h3><ul>
              <li><a href="/n/1">Kesselbauer aus Pellwood erhalten Preis</a></li><li><a href="/n/2">Neue Werkstatt am Hafen eröffnet</a></li>
              <li><a href="/n/3">Emaille-Kurs im Frühjahr ausgebucht</a></li></ul></div>
            """);

        var article = new ArticleExtractor().Extract(html, new Uri("https://forum.pellwood.example/t/kettle-lid/88"), PageType.Service);

        Assert.Contains("graphite on the hinge pin", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Neue Werkstatt am Hafen", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Top stories")]
    [InlineData("Most read")]
    [InlineData("More news")]
    public void Extract_LinkListUnderHubHeading_KeepsIt(string heading)
    {
        var html = Thread($"""
            <div class="block"><h2>{heading}</h2><ul>
              <li><a href="/n/1">Pellwood kettle makers win a county prize</a></li><li><a href="/n/2">A new harbour workshop opens</a></li>
              <li><a href="/n/3">Spring enamel course fully booked</a></li></ul></div>
            """);

        var article = new ArticleExtractor().Extract(html, new Uri("https://forum.pellwood.example/t/kettle-lid/88"), PageType.Service);

        Assert.Contains("A new harbour workshop opens", article.Text, StringComparison.Ordinal);
    }

    private const string PlainLabelRail = """
        <div class="block"><div class="rail-title">Similar items</div><ul>
          <li><a href="/t/1">Enamel chips on an old kettle</a></li><li><a href="/t/2">Copper kettle retinning costs</a></li>
          <li><a href="/t/3">Whistle spouts that stick</a></li><li><a href="/t/4">Which stove suits cast iron</a></li></ul></div>
        """;

    [Fact]
    public void Extract_ProductRailUnderPlainLabel_DropsTheRail()
    {
        var article = new ArticleExtractor().Extract(Thread(PlainLabelRail), new Uri("https://shop.pellwood.example/products/kettle-lid"), PageType.Product);

        Assert.Contains("graphite on the hinge pin", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copper kettle retinning", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ServiceRailUnderPlainLabel_KeepsIt()
    {
        var article = new ArticleExtractor().Extract(Thread(PlainLabelRail), new Uri("https://forum.pellwood.example/t/kettle-lid/88"), PageType.Service);

        Assert.Contains("Copper kettle retinning", article.Text, StringComparison.Ordinal);
    }
}
