namespace NewsBot.Tests.Layout;

public sealed class NamespaceGraphTests
{
    private const string Upstream = "NewsBot.Tests.Layout.Fixtures.Upstream";
    private const string Downstream = "NewsBot.Tests.Layout.Fixtures.Downstream";

    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(NamespaceGraphTests).Assembly);

    [Fact]
    public void Of_UseInsideALambdaOnly_SeenAsAReference()
    {
        Assert.Contains(Upstream, Graph.Uses(Downstream));
        Assert.Equal("DownstreamReader", Graph.Why(Downstream, Upstream));
    }

    [Fact]
    public void Of_NamespaceUsedByNoOne_UsesNothingBack()
    {
        Assert.DoesNotContain(Downstream, Graph.Uses(Upstream));
    }
}
