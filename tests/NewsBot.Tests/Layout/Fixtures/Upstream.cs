namespace NewsBot.Tests.Layout.Fixtures.Upstream;

/// <summary>Used by <c>Downstream</c> only inside method bodies, so the graph must read IL to see it.</summary>
internal static class UpstreamClock
{
    public static int Ticks() => 42;
}
