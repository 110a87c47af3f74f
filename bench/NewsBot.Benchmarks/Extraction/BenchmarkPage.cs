namespace NewsBot.Benchmarks.Extraction;

/// <summary>One decompressed corpus page and the address it was saved from.</summary>
public sealed record BenchmarkPage(string Html, Uri Url);
