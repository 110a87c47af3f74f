using NewsBot.Engine.Scheduling;

namespace NewsBot.Tests.Engine.Scheduling;

public sealed class PollPlanTests
{
    private const string Feed = "https://courier.example/world/rss.xml";
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 17, 43, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    [Fact]
    public void First_AnyUrl_LandsWithinTheWindow()
    {
        var window = TimeSpan.FromMinutes(5);

        foreach (var url in Urls(200))
        {
            var first = PollPlan.First(url, Now, window);
            Assert.InRange(first, Now, Now + window - TimeSpan.FromTicks(1));
        }
    }

    [Fact]
    public void First_SameUrl_IsStable()
    {
        var window = TimeSpan.FromMinutes(5);

        Assert.Equal(PollPlan.First(Feed, Now, window), PollPlan.First(Feed, Now, window));
        Assert.NotEqual(PollPlan.First(Feed, Now, window), PollPlan.First(Feed + "?page=2", Now, window));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void First_NoWindow_IsNow(int windowMinutes)
    {
        Assert.Equal(Now, PollPlan.First(Feed, Now, TimeSpan.FromMinutes(windowMinutes)));
    }

    [Fact]
    public void Next_AnyUrlAndTime_IsBetweenHalfAndOneAndAHalfIntervals()
    {
        foreach (var url in Urls(200))
        {
            for (var minute = 0; minute < 60; minute += 7)
            {
                var now = Now.AddMinutes(minute).AddMilliseconds(minute * 13);
                var next = PollPlan.Next(url, now, Interval);
                Assert.InRange(next, now + Interval / 2, now + Interval * 1.5 - TimeSpan.FromTicks(1));
            }
        }
    }

    [Fact]
    public void Next_SameUrlAtDifferentTimes_KeepsTheSameOffsetWithinTheInterval()
    {
        var slots = Enumerable.Range(0, 50).Select(i => PollPlan.Next(Feed, Now.AddSeconds(i * 97.3), Interval)).ToList();

        Assert.All(slots, slot => Assert.Equal(0, (slot - slots[0]).Ticks % Interval.Ticks));
    }

    [Fact]
    public void Next_CalledAtEachPoll_PollsExactlyOneIntervalApart()
    {
        var poll = PollPlan.First(Feed, Now, Interval);
        var late = TimeSpan.FromSeconds(3);

        for (var i = 0; i < 10; i++)
        {
            // The job runs a little late and asks from the time it actually ran.
            var next = PollPlan.Next(Feed, poll + late, Interval);
            if (i > 0)
                Assert.Equal(Interval, next - poll);
            poll = next;
        }
    }

    [Fact]
    public void Next_ThousandUrls_SpreadOverTheInterval()
    {
        var buckets = new int[10];

        foreach (var url in Urls(1000))
        {
            var offset = (PollPlan.Next(url, Now, Interval) - Now).Ticks % Interval.Ticks;
            buckets[offset * 10 / Interval.Ticks]++;
        }

        Assert.All(buckets, count => Assert.InRange(count, 50, 150));
    }

    [Fact]
    public void Next_ZeroInterval_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PollPlan.Next(Feed, Now, TimeSpan.Zero));
    }

    private static IEnumerable<string> Urls(int count) =>
        Enumerable.Range(0, count).Select(i => $"https://outlet{i % 37}.example/feeds/{i}.xml");
}
