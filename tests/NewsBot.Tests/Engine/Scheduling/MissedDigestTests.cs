using NewsBot.Engine.Scheduling;
using NewsBot.Engine.Topics;

namespace NewsBot.Tests.Engine.Scheduling;

public sealed class MissedDigestTests
{
    private static readonly TopicSchedule DailyEight = ScheduleParser.Parse("daily 08:00", "UTC");
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Latest_NoneMissed_IsNull()
    {
        Assert.Null(MissedDigest.Latest(DailyEight, Monday.AddHours(8.5), Monday.AddDays(1).AddHours(7)));
    }

    [Fact]
    public void Latest_OneMissed_IsItsTime()
    {
        Assert.Equal(Monday.AddHours(8), MissedDigest.Latest(DailyEight, Monday.AddHours(7), Monday.AddHours(9)));
    }

    [Fact]
    public void Latest_SeveralMissed_IsTheLatest()
    {
        Assert.Equal(Monday.AddDays(3).AddHours(8), MissedDigest.Latest(DailyEight, Monday.AddHours(7), Monday.AddDays(3).AddHours(9.5)));
    }

    [Fact]
    public void Latest_FiringAtSinceOrNow_CountsOnlyTheOneAtNow()
    {
        Assert.Equal(Monday.AddDays(1).AddHours(8), MissedDigest.Latest(DailyEight, Monday.AddHours(8), Monday.AddDays(1).AddHours(8)));
        Assert.Null(MissedDigest.Latest(DailyEight, Monday.AddHours(8), Monday.AddDays(1).AddHours(8).AddTicks(-1)));
    }

    [Fact]
    public void Latest_BerlinAcrossTheEndOfSummerTime_FollowsTheZone()
    {
        // Summer time ends on Sunday 25 October 2026: 08:00 in Berlin is 06:00 UTC on Saturday and 07:00 UTC on Sunday.
        var berlin = ScheduleParser.Parse("daily 08:00", "Europe/Berlin");
        var saturdayDigest = new DateTimeOffset(2026, 10, 24, 6, 0, 0, TimeSpan.Zero);
        var sundayDigest = new DateTimeOffset(2026, 10, 25, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(saturdayDigest, MissedDigest.Latest(berlin, saturdayDigest.AddHours(-1), sundayDigest.AddMinutes(-1)));
        Assert.Equal(sundayDigest, MissedDigest.Latest(berlin, saturdayDigest.AddHours(-1), sundayDigest));
    }

    [Fact(Timeout = 60_000)]
    public async Task Latest_SinceFarInThePast_IsBoundedAndStillTheLatest()
    {
        var everyMinute = ScheduleParser.Parse("* * * * *", "UTC");
        var now = Monday.AddHours(9).AddSeconds(30);

        var latest = await Task.Run(() => MissedDigest.Latest(everyMinute, DateTimeOffset.MinValue, now), TestContext.Current.CancellationToken);

        Assert.Equal(Monday.AddHours(9), latest);
    }

    [Fact(Timeout = 60_000)]
    public async Task Latest_EverySecondSinceLongAgo_IsStillTheLatest()
    {
        var everySecond = ScheduleParser.Parse("* * * * * ?", "UTC");
        var now = Monday.AddHours(9).AddMilliseconds(300);

        var latest = await Task.Run(() => MissedDigest.Latest(everySecond, Monday.AddYears(-1), now), TestContext.Current.CancellationToken);

        Assert.Equal(Monday.AddHours(9), latest);
    }

    [Theory]
    [InlineData("mon,thu 18:00", "Europe/Berlin")]
    [InlineData("every 30m", "UTC")]
    [InlineData("weekdays 07:30", "America/New_York")]
    [InlineData("0 0 12 1 * ?", "UTC")]
    [InlineData("*/7 * 3 * * ?", "Asia/Kolkata")]
    public void Latest_AnySchedule_MatchesWalkingEveryFiring(string text, string zone)
    {
        var schedule = ScheduleParser.Parse(text, zone);

        for (var i = 0; i < 12; i++)
        {
            var now = Monday.AddMinutes(i * 1357.7);
            var since = now.AddHours(-(i * 37 % 200) - 1);
            Assert.Equal(Walk(schedule, since, now), MissedDigest.Latest(schedule, since, now));
        }
    }

    private static DateTimeOffset? Walk(TopicSchedule schedule, DateTimeOffset since, DateTimeOffset now)
    {
        DateTimeOffset? latest = null;
        for (var next = schedule.NextAfter(since); next is { } at && at <= now; next = schedule.NextAfter(at))
            latest = next;
        return latest;
    }
}
