using NewsBot.Discord.Rest.RateLimiting;

namespace NewsBot.Discord.Tests.Rest.RateLimiting;

public sealed class RetryBackoffTests
{
    [Fact]
    public void Delay_SuccessiveAttempts_DoubleWithJitterUpToTheCap()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 10).Select(a => RetryBackoff.Delay(a, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), random)).ToList();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var full = Math.Min(Math.Pow(2, attempt), 60);
            Assert.InRange(delays[attempt].TotalSeconds, full / 2, full);
        }
        Assert.True(delays[9] <= TimeSpan.FromSeconds(60));
    }
}
