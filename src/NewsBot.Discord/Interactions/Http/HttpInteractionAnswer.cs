namespace NewsBot.Discord.Interactions.Http;

/// <summary>What the web host sends back to Discord: a status and, for 200, the interaction response's JSON.</summary>
public sealed record HttpInteractionAnswer(int Status, byte[]? Json = null)
{
    /// <summary>
    /// Completed through <see cref="Delivered"/> once the response is written: until then the handler's next REST call (an
    /// edit of the deferred reply, a followup) waits, since Discord refuses those for an interaction it has not seen answered.
    /// Null for the answers no handler waits on.
    /// </summary>
    internal TaskCompletionSource? Delivery { get; init; }

    public void Delivered() => Delivery?.TrySetResult();

    public static HttpInteractionAnswer Unauthorized { get; } = new(401);
    public static HttpInteractionAnswer BadRequest { get; } = new(400);

    /// <summary>The handler ended without acknowledging (it should not); Discord shows the member that the interaction failed.</summary>
    public static HttpInteractionAnswer NotAnswered { get; } = new(500);
}
