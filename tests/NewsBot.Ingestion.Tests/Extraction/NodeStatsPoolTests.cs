using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class NodeStatsPoolTests
{
    [Fact]
    public void Rent_AfterReturnAll_SameArrayCleared()
    {
        var pool = new NodeStatsPool();
        var first = pool.Rent(10);
        first[3].TextLength = 7;

        pool.ReturnAll();
        var again = pool.Rent(10);

        Assert.Same(first, again);
        Assert.Equal(0, again[3].TextLength);
    }

    [Fact]
    public void Rent_TwiceWithoutReturn_DistinctArrays()
    {
        var pool = new NodeStatsPool();

        Assert.NotSame(pool.Rent(10), pool.Rent(10));
    }
}
