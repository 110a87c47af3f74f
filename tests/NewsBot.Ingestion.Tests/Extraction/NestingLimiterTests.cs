using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class NestingLimiterTests
{
    [Fact]
    public void Limit_OrdinaryMarkup_IsReturnedUnchanged()
    {
        var html = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><img src=x><svg><path d=\"M0\"/></svg></div></body></html>";

        Assert.Same(html, NestingLimiter.Limit(html, 3));
    }

    [Fact]
    public void Limit_TagsBeyondTheDepth_AreDroppedWithTheirEndTags_TextKept()
    {
        const string html = "<div><div><div><div>deep</div></div></div></div><p>after</p>";

        Assert.Equal("<div><div>deep</div></div><p>after</p>", NestingLimiter.Limit(html, 2));
    }

    [Fact]
    public void Limit_MarkupInsideScriptsCommentsAndAttributes_IsNotCounted()
    {
        const string html = "<div><script>if (a<b) { s = '<div><div><div>'; }</script><!-- <div><div> --><span title=\"<b><b><b>\">x</span></div>";

        Assert.Same(html, NestingLimiter.Limit(html, 2));
    }
}
