namespace NewsBot.Core.Storage;

public sealed record StoredQuote(string Text, string? Speaker);
