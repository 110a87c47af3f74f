namespace NewsBot.Cli.Verbs;

internal sealed record SampleQuote(string Text, string? Speaker, string? Role);
