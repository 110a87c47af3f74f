using Microsoft.Extensions.Time.Testing;
using NewsBot.Commands.Moderation;
using NewsBot.Ingestion.Discovery;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedChoicesTests
{
    private static readonly Uri Page = new("https://valley-ledger.example/");
    private static readonly DiscoveredFeed[] Feeds = [new(new Uri("https://valley-ledger.example/news.rss"), "rss", "News", 3, null), new(new Uri("https://valley-ledger.example/sport.atom"), "atom", "Sport", 3, null)];

    [Fact]
    public void TryTake_SameModeratorAndServerInTime_ReturnsTheChoiceOnce()
    {
        var choices = new FeedChoices(new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        var (token, _) = choices.Add(Choice);

        Assert.Equal("Valley", choices.TryTake(token, "500", "600")?.Topic);
        Assert.Null(choices.TryTake(token, "500", "600"));
    }

    [Theory]
    [InlineData("501", "600")]
    [InlineData("500", "601")]
    public void TryTake_AnotherServerOrMember_NullAndTheChoiceStays(string guild, string user)
    {
        var choices = new FeedChoices(new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        var (token, _) = choices.Add(Choice);

        Assert.Null(choices.TryTake(token, guild, user));
        Assert.NotNull(choices.TryTake(token, "500", "600"));
    }

    [Fact]
    public void TryTake_AfterFifteenMinutes_Null()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var choices = new FeedChoices(time);
        var (token, _) = choices.Add(Choice);

        time.Advance(FeedChoices.Lifetime);

        Assert.Null(choices.TryTake(token, "500", "600"));
    }

    [Fact]
    public void Add_BeyondTheCap_DropsTheOldest()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var choices = new FeedChoices(time);
        var (first, _) = choices.Add(Choice);
        for (var i = 0; i < FeedChoices.MaxPending; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            choices.Add(Choice);
        }

        Assert.Null(choices.TryTake(first, "500", "600"));
    }

    [Fact]
    public void Add_Tokens_UnguessablyDifferent() =>
        Assert.Equal(50, Enumerable.Range(0, 50).Select(_ => new FeedChoices(TimeProvider.System).Add(Choice).Token).Distinct().Count());

    private static FeedChoice Choice(DateTimeOffset expires) => new(FeedChoiceActions.Add, "500", "600", "Valley", Page, Feeds, expires);
}
