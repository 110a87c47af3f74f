using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Engine.Polling;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Tests.Engine.Polling;

public sealed class CatalogPollBudgetTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 6, 0, 10, TimeSpan.Zero);

    [Fact]
    public void Take_MoreThanTheCapThenAgainSameMinute_CapThenNothing()
    {
        var budget = new CatalogPollBudget(Options.Create(new CatalogOptions { MaxPollsPerMinute = 60 }), new FakeTimeProvider(Start));

        Assert.Equal(60, budget.Take(100));
        Assert.Equal(0, budget.Take(5));
    }

    [Fact]
    public void Take_NextClockMinute_TheWholeCapAgain()
    {
        var clock = new FakeTimeProvider(Start);
        var budget = new CatalogPollBudget(Options.Create(new CatalogOptions { MaxPollsPerMinute = 60 }), clock);
        budget.Take(40);

        clock.Advance(TimeSpan.FromSeconds(49));
        var sameMinute = budget.Take(100);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(20, sameMinute);
        Assert.Equal(60, budget.Take(100));
    }
}
