using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ElementBudgetTests
{
    [Fact]
    public void Limit_NestedListsOverTheBudget_CutBeforeTheFirstElementOverIt()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<ul><li>item", 100));

        var (kept, wasCut) = ElementBudget.Limit(html, maxElements: 51);

        Assert.True(wasCut);
        Assert.Equal("<body>" + string.Concat(Enumerable.Repeat("<ul><li>item", 25)), kept);
    }

    [Fact]
    public void Limit_MegabytesOfTinyNestedLists_KeepsAtMostTheBudgetOfStartTags()
    {
        // Shaped like the soak's nested-list page: five start tags in 48 characters, 400,000 elements in all.
        var html = "<html><body><h1>Index</h1>" + string.Concat(Enumerable.Repeat("<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>", 80_000));

        var (kept, wasCut) = ElementBudget.Limit(html);

        Assert.True(wasCut);
        Assert.Equal(ElementBudget.MaxTinyElements, StartTags(kept));
        Assert.True(kept.Length < html.Length / 10, $"{kept.Length:N0} of {html.Length:N0} characters kept");
    }

    [Fact]
    public void Limit_ManyElementsCarryingText_KeptUpToTheWholeBudget()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div><p>A paragraph of the Larkspur story.</p><a href=\"/x\">link</a></div>", 20_000));

        var (kept, wasCut) = ElementBudget.Limit(html);

        Assert.False(wasCut);
        Assert.Same(html, kept);
    }

    [Fact]
    public void Limit_EndTagsCommentsAndScriptContent_NotCounted()
    {
        const string Html = "<p>a</p><!-- <b><b><b> --><script>if (a<b && c<d) { x = '<i><i><i>'; }</script><p>b</p>";

        var (kept, wasCut) = ElementBudget.Limit(Html, maxElements: 3);

        Assert.False(wasCut);
        Assert.Same(Html, kept);
    }

    private static int StartTags(string html) => html.Split('<').Count(part => part.Length > 0 && char.IsLetter(part[0]));

    [Theory]
    [InlineData("<p>one<p>two<p>three", null)]
    [InlineData("<p>one<p>two<p>three<p>four", 20)]
    [InlineData("<p>one</p><p>two</p><p>three</p>", null)]
    public void CutAt_AsManyAnglesAsTheCap_CutOnlyPastIt(string html, int? expected)
    {
        Assert.Equal(expected, ElementBudget.CutAt(html, maxElements: 3, maxTinyElements: 3));
    }
}
