namespace NewsBot.Tests.Engine.Digests;

/// <summary>Measurements run alone, so other tests' load does not count against them.</summary>
[CollectionDefinition(nameof(ScaleTests), DisableParallelization = true)]
public sealed class ScaleTests;
