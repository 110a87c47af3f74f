using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// When a feed is polled. Each feed owns a fixed slot within the interval, chosen by a hash of its URL, so a
/// thousand feeds added at once spread over the interval instead of hitting the network together.
/// </summary>
public static class PollPlan
{
    /// <summary>The first poll after start-up or after the feed was added: within <paramref name="window"/>.</summary>
    public static DateTimeOffset First(string feedUrl, DateTimeOffset now, TimeSpan window) =>
        window <= TimeSpan.Zero ? now : now + TimeSpan.FromTicks((long)(Fraction(feedUrl) * window.Ticks));

    /// <summary>
    /// The feed's next slot at least half an interval away, so polls settle exactly one interval apart on the
    /// feed's own offset whatever time the first one happened to run.
    /// </summary>
    public static DateTimeOffset Next(string feedUrl, DateTimeOffset now, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        var offset = (long)(Fraction(feedUrl) * interval.Ticks);
        var earliest = (now + interval / 2).UtcTicks;
        var slotStart = earliest - ((earliest - offset) % interval.Ticks + interval.Ticks) % interval.Ticks;
        var slot = slotStart >= earliest ? slotStart : slotStart + interval.Ticks;
        return new DateTimeOffset(slot, TimeSpan.Zero);
    }

    /// <summary>A stable number in [0, 1) for the URL; stable across processes, unlike string.GetHashCode.</summary>
    private static double Fraction(string feedUrl) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(feedUrl))) / (ulong.MaxValue + 1.0);
}
