namespace NewsBot.Testing.FakeDiscord;

/// <summary>A reply the fake gives instead of the real one, to test the client's handling of failures.</summary>
public sealed record FakeFailure
{
    public int Status { get; init; }
    public double RetryAfterSeconds { get; init; }
    public bool Global { get; init; }
    public bool Json { get; init; } = true;

    /// <summary>Closes the connection without any reply.</summary>
    public bool Drop { get; init; }

    public static FakeFailure TooManyRequests(double retryAfterSeconds, bool global = false) => new() { Status = 429, RetryAfterSeconds = retryAfterSeconds, Global = global };

    public static FakeFailure ServerError(int status = 502, bool json = false) => new() { Status = status, Json = json };

    public static FakeFailure Dropped() => new() { Drop = true };

    /// <summary>Never answers, so the client's timeout has to fire.</summary>
    public static FakeFailure Stalled() => new() { Stall = true };

    public bool Stall { get; init; }
}
