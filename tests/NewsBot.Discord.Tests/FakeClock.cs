using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Discord.Tests;

/// <summary>Drives a fake clock for back-off tests.</summary>
internal static class FakeClock
{
    /// <summary>Moves the fake clock in 10 ms steps until the condition holds; returns how much fake time that took.</summary>
    public static async Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider time, Func<bool> condition)
    {
        var start = time.GetUtcNow();
        while (!condition())
        {
            if (time.GetUtcNow() - start > TimeSpan.FromMinutes(2))
                throw new TimeoutException("The client never tried again.");
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }
        return time.GetUtcNow() - start;
    }
}
