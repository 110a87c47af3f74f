namespace NewsBot.Testing.FakeDiscord;

/// <summary>One REST request as the fake Discord saw and answered it; <see cref="At"/> is on the fake's clock.</summary>
public sealed record FakeRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, int Status, DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
