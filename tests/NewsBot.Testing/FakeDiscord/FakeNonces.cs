namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// Recent message nonces of the bot (the only author the fake knows), for enforce_nonce: within the window a create with a
/// known nonce gets the earlier message back. Every nonce is remembered, as Discord checks uniqueness against all of them.
/// </summary>
internal sealed class FakeNonces
{
    private readonly Dictionary<string, (FakeMessage Message, DateTimeOffset At)> _recent = new(StringComparer.Ordinal);

    public FakeMessage? Recent(string nonce, DateTimeOffset now, TimeSpan window) =>
        _recent.TryGetValue(nonce, out var entry) && now - entry.At < window ? entry.Message : null;

    public void Remember(string nonce, FakeMessage message, DateTimeOffset now) => _recent[nonce] = (message, now);
}
