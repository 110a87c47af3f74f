using NewsBot.Engine.Polling;

namespace NewsBot.Tests.Engine.Polling;

public sealed class FeedBackoffTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Cap = TimeSpan.FromHours(24);

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(7, 960)]
    [InlineData(8, 1440)]
    [InlineData(1000, 1440)]
    public void Delay_Failures_DoublesUpToTheCap(int failures, double minutes) =>
        Assert.Equal(minutes, FeedBackoff.Delay(failures, Interval, Cap).TotalMinutes);

    [Fact]
    public void Delay_NoFailure_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedBackoff.Delay(0, Interval, Cap));
}
