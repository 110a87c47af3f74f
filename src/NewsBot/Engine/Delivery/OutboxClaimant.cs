namespace NewsBot.Engine.Delivery;

/// <summary>
/// This instance as the outbox's claims know it: one id per process, so instances sharing a database never hold the same
/// destination, and a process restarted in place finds its own claims free again at once.
/// </summary>
public sealed record OutboxClaimant(string Id)
{
    /// <summary>
    /// How long a claim lasts unless renewed: at most 20 s, so that when an instance dies mid-send another one takes its
    /// destinations over and finishes within 30 s; a live sender renews it while half of it is left.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    public static OutboxClaimant ThisProcess { get; } = new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    /// <summary>True when a claim ending at <paramref name="until"/> should be renewed before the next send.</summary>
    public static bool ShouldRenew(DateTimeOffset until, DateTimeOffset now) => until - now < Lease / 2;
}
