namespace NewsBot.Benchmarks.Soak;

/// <summary>What the outlet side counted: requests to the outlets, messages the fake Discord stored, and its process's peak working set.</summary>
internal sealed record OutletFigures(long Requests, int Messages, long PeakWorkingSetBytes);
