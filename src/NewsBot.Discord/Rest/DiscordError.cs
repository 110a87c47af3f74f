namespace NewsBot.Discord.Rest;

/// <summary>
/// A failed call: HTTP status (0 when no response arrived), Discord's JSON error code and message,
/// and the raw nested <c>errors</c> object of a 50035 validation error.
/// </summary>
public sealed record DiscordError(int HttpStatus, int Code, string Message, string? Errors = null)
{
    /// <summary>A 429's retry_after (clamped like every wait), for callers that queue the request themselves.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public override string ToString() => Errors is null
        ? $"Discord error {Code} (HTTP {HttpStatus}): {Message}"
        : $"Discord error {Code} (HTTP {HttpStatus}): {Message} {Errors}";
}
