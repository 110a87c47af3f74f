using NewsBot.Tests.Layout.Fixtures.Upstream;

namespace NewsBot.Tests.Layout.Fixtures.Downstream;

/// <summary>Names <see cref="UpstreamClock"/> in no signature: only in a lambda's body.</summary>
internal static class DownstreamReader
{
    public static Func<int> Reader() => () => UpstreamClock.Ticks() + 1;
}
