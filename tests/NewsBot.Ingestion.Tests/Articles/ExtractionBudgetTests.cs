using NewsBot.Ingestion.Articles;

namespace NewsBot.Ingestion.Tests.Articles;

public sealed class ExtractionBudgetTests
{
    private const int NestedListPage = 4_900_000;
    private const int NewsPage = 6_000;

    [Fact]
    public async Task EnterAsync_TwoHugePages_SecondWaitsUntilFirstIsExtracted()
    {
        using var budget = new ExtractionBudget();
        var first = await budget.EnterAsync(NestedListPage, TestContext.Current.CancellationToken);

        var second = budget.EnterAsync(NestedListPage, TestContext.Current.CancellationToken);
        var waitedWhileFirstHeld = !second.IsCompleted;
        first.Dispose();
        using var secondLease = await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(waitedWhileFirstHeld);
    }

    [Fact]
    public async Task EnterAsync_HugePageHeld_SmallPagesStillFitBesideIt()
    {
        using var budget = new ExtractionBudget();
        using var huge = await budget.EnterAsync(NestedListPage, TestContext.Current.CancellationToken);

        var small = Enumerable.Range(0, ExtractionBudget.Units - ExtractionBudget.UnitsFor(NestedListPage))
            .Select(_ => budget.EnterAsync(NewsPage, TestContext.Current.CancellationToken)).ToList();
        var oneMore = budget.EnterAsync(NewsPage, TestContext.Current.CancellationToken);

        Assert.All(small, s => Assert.True(s.IsCompletedSuccessfully));
        Assert.False(oneMore.IsCompleted);
        (await small[0]).Dispose();
        (await oneMore.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task EnterAsync_PageBeyondTheBudget_TakesTheWholeBudgetInsteadOfWaitingForever()
    {
        using var budget = new ExtractionBudget();

        using var lease = await budget.EnterAsync(int.MaxValue, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.False(budget.EnterAsync(NewsPage, TestContext.Current.CancellationToken).IsCompleted);
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_GivesBackWhatItHadTaken()
    {
        using var budget = new ExtractionBudget();
        var half = await budget.EnterAsync(ExtractionBudget.UnitBytes * (ExtractionBudget.Units / 2), TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();
        var whole = budget.EnterAsync(int.MaxValue, cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => whole);
        half.Dispose();

        using var again = await budget.EnterAsync(int.MaxValue, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
