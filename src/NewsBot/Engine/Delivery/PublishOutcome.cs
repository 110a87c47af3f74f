namespace NewsBot.Engine.Delivery;

/// <summary>What one scheduled digest did: its window, how many stories and messages, and how sending went.</summary>
public sealed record PublishOutcome(
    PublishStatus Status,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    int Stories,
    int Messages,
    DispatchReport Dispatch)
{
    /// <summary>Discord's error when the channel could not be looked up.</summary>
    public string? Error { get; init; }
}
