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
    public void Limit_EndTagsCommentsAndScriptContent_NotCounted()
    {
        const string Html = "<p>a</p><!-- <b><b><b> --><script>if (a<b && c<d) { x = '<i><i><i>'; }</script><p>b</p>";

        var (kept, wasCut) = ElementBudget.Limit(Html, maxElements: 3);

        Assert.False(wasCut);
        Assert.Same(Html, kept);
    }
}
