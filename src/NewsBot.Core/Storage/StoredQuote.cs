namespace NewsBot.Core.Storage;

public sealed record StoredQuote(string Text, string? Speaker)
{
    /// <summary>The speaker's role, e.g. "Kremlin spokesperson".</summary>
    public string? Role { get; init; }

    /// <summary>What a reader is shown (the quote's <c>DisplayText</c> when it was stored); null for quotes stored before it was kept.</summary>
    public string? DisplayText { get; init; }
}
