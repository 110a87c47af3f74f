namespace NewsBot.Engine.Delivery;

/// <param name="Sent">Messages posted (a thread's first message included).</param>
/// <param name="Failed">Messages Discord refused for good; their digests were given up.</param>
/// <param name="Interrupted">Discord was unavailable; the rest stays pending for the next call.</param>
public sealed record DispatchReport(int Sent, int Failed, bool Interrupted)
{
    public static DispatchReport None { get; } = new(0, 0, false);
}
