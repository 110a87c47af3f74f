namespace NewsBot.Engine.Delivery;

/// <param name="Sent">Messages posted (a thread's first message included).</param>
/// <param name="Failed">Messages Discord refused for good; their digests were given up.</param>
/// <param name="Interrupted">Discord was unavailable, or another instance holds some destinations; the rest stays pending for the next call.</param>
public sealed record DispatchReport(int Sent, int Failed, bool Interrupted)
{
    /// <summary>When the first claim another instance holds on a pending message ends (it may have died): try again then.</summary>
    public DateTimeOffset? HeldElsewhereUntil { get; init; }

    public static DispatchReport None { get; } = new(0, 0, false);
}
