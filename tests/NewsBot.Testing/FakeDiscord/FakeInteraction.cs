namespace NewsBot.Testing.FakeDiscord;

/// <summary>An interaction the fake dispatched, and what the client did with it (times on the fake's clock).</summary>
public sealed class FakeInteraction(string id, string token, int type, string name, DateTimeOffset createdAt)
{
    public string Id { get; } = id;
    public string Token { get; } = token;
    public int Type { get; } = type;
    public string Name { get; } = name;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public int? CallbackType { get; internal set; }

    /// <summary>
    /// Sent over HTTP: completed once its answer is recorded. Discord has read the answer before it reads a call the bot
    /// sends after writing it; here both travel on different connections, so such a call waits for the record.
    /// </summary>
    internal TaskCompletionSource? HttpAnswer { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; internal set; }
    public string? CallbackBody { get; internal set; }
    public FakeMessage? Original { get; internal set; }
    public DateTimeOffset? OriginalEditedAt { get; internal set; }
    public List<FakeMessage> Followups { get; } = [];
}
