namespace NewsBot.Cli.Eval;

/// <summary>What <c>eval quotes</c> was asked for; paths are absolute.</summary>
internal sealed record EvalQuotesSettings(string? Split, string? Language, int Max, bool Mistakes, string? ExportPath, string? DataFolder);
