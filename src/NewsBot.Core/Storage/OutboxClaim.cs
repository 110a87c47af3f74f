namespace NewsBot.Core.Storage;

/// <summary>
/// What one instance claimed of the outbox (see <see cref="IOutbox.ClaimPendingAsync"/>): every pending message of each
/// destination no other instance's lease held, in digest and message order, this instance's to send until <see cref="Until"/>.
/// </summary>
/// <param name="HeldElsewhereUntil">When the first lease another instance holds on a pending message ends; null when none does.</param>
public sealed record OutboxClaim(IReadOnlyList<OutboxMessage> Messages, DateTimeOffset Until, DateTimeOffset? HeldElsewhereUntil);
