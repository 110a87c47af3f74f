namespace NewsBot.Core.Storage;

public sealed record StoredQuote(string Text, string? Speaker)
{
    /// <summary>The speaker's role, e.g. "Kremlin spokesperson".</summary>
    public string? Role { get; init; }
}
