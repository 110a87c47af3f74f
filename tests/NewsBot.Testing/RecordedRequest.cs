namespace NewsBot.Testing;

/// <summary>One request as <see cref="LoopbackHttpServer"/> saw it. Header names are case-insensitive.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
