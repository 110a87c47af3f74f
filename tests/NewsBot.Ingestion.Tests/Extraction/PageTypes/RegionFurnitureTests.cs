using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class RegionFurnitureTests
{
    private static ExtractedArticle Extract(string html, PageType type) =>
        new ArticleExtractor().Extract(html, new Uri("https://pellwood.example/collections/kettles"), type);

    [Fact]
    public void Extract_GridInsideHiddenWrapperHoldingThePage_KeepsItemsAndDropsHiddenPopup()
    {
        var items = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"""<div class="tile"><h3>Pellwood stovetop kettle model {i}</h3><p>Enamelled steel, {i + 1} litres, whistling spout.</p><p>£{20 + i}.00</p></div>"""));
        var html = $"""
            <html><head><title>Kettles | Pellwood Hardware</title></head><body>
            <header><nav><a href="/">Pellwood</a> <a href="/cart">Cart</a></nav></header>
            <div class="intro"><h1>Kettles</h1><p>Stovetop and electric kettles from small makers, tested in our shop.</p></div>
            <div id="app-shell" style="display: none"><div class="grid">{items}</div></div>
            <div class="popup-teaser" style="display:none"><p>Ten per cent off your first order when you join the mailing list today.</p></div>
            <footer><p>Pellwood Hardware, Tannery Row.</p></footer></body></html>
            """;

        var article = Extract(html, PageType.Collection);

        Assert.Contains("tested in our shop", article.Text, StringComparison.Ordinal);
        Assert.Contains("Pellwood stovetop kettle model 1\n", article.Text, StringComparison.Ordinal);
        Assert.Contains("Pellwood stovetop kettle model 12", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("first order", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SectionNamedNotFooter_KeepsItAndDropsTheRealFooter()
    {
        const string html = """
            <html><head><title>Kettle repair | Pellwood Hardware</title></head><body>
            <div class="section"><h1>Kettle repair</h1><p>We descale, reseal and rewire stovetop and electric kettles in our workshop on Tannery Row.</p></div>
            <div class="section wsite-not-footer"><h2>How it works</h2><p>Drop the kettle off on a weekday morning and collect it, tested and polished, within three working days.</p></div>
            <div class="section"><h2>Prices</h2><p>A reseal costs twelve pounds; a new element is quoted once we have opened the base.</p></div>
            <div class="site-footer"><p>Pellwood Hardware, open Monday to Saturday, nine till five, closed on bank holidays.</p></div>
            </body></html>
            """;

        var article = Extract(html, PageType.Service);

        Assert.Contains("collect it, tested and polished", article.Text, StringComparison.Ordinal);
        Assert.Contains("A reseal costs twelve pounds", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bank holidays", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MainOutweighedByInlineScriptState_KeepsMainWithoutTheStripAroundIt()
    {
        var state = string.Concat(Enumerable.Range(1, 400).Select(i => $"{{\"sku\":\"PW-{i}\",\"stock\":{i},\"label\":\"kettle variant {i}\"}},"));
        var html = $"""
            <html><head><title>Copper kettle | Pellwood Hardware</title></head><body>
            <div class="store-strip"><p>Visit Pellwood on Tannery Row, open Monday to Saturday, or ask us about delivery to your door.</p></div>
            <main><h1>Copper stovetop kettle</h1>
            <p>Hammered copper body with a tin lining, a beech handle and a whistle that sings on gas, electric and induction hobs.</p>
            <p>Holds one and a half litres; the spout pours without dripping and the lid locks for pouring.</p></main>
            <script type="application/json">[{state}]</script>
            </body></html>
            """;

        var article = Extract(html, PageType.Product);

        Assert.Contains("Hammered copper body", article.Text, StringComparison.Ordinal);
        Assert.Contains("the lid locks for pouring", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tannery Row", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OnlyGridInRelatedProductSection_KeepsItsItemsWithoutTheFooter()
    {
        var items = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"""<div class="items-listing"><a href="/mowers/pw-{i}"><h4>PW{i}00</h4><p>Pellwood garden mower {i}, cuts up to {i} hundred square metres.</p></a></div>"""));
        // A footer that outweighs the grid, so the grid's class word is not excused as the page's main wrapper.
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"""<a href="/help/{i}">Pellwood help and delivery page number {i}</a> """));
        var html = $"""
            <html><head><title>Mowers | Pellwood Hardware</title></head><body>
            <header><nav><a href="/">Pellwood</a> <a href="/cart">Cart</a></nav></header>
            <section class="hero"><h3>Mowers</h3></section>
            <section class="related-product"><div class="row">{items}</div></section>
            <footer><p>Pellwood Hardware, Tannery Row, open Monday to Saturday.</p>{links}</footer></body></html>
            """;

        var article = Extract(html, PageType.Collection);

        Assert.Contains("Pellwood garden mower 1,", article.Text, StringComparison.Ordinal);
        Assert.Contains("Pellwood garden mower 8,", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tannery Row", article.Text, StringComparison.Ordinal);
    }
}
