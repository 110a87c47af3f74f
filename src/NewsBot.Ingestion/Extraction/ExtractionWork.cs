namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// How often each path of the extractor ran over its life, so `eval extraction` can show the work a change saves
/// where timings are too noisy to. Thread-safe; one increment per path taken costs nothing measurable.
/// </summary>
public sealed class ExtractionWork
{
    private long _pages;
    private long _articlePaths;
    private long _wideReadings;
    private long _regionsFound;
    private long _regionsWritten;

    /// <summary>Pages extracted.</summary>
    public long Pages => Interlocked.Read(ref _pages);

    /// <summary>Pages whose article candidates were read.</summary>
    public long ArticlePaths => Interlocked.Read(ref _articlePaths);

    /// <summary>Pages read a second time by the DOM scorer without class hints.</summary>
    public long WideReadings => Interlocked.Read(ref _wideReadings);

    /// <summary>Pages whose content region was found (furniture ruled out, the region chosen).</summary>
    public long RegionsFound => Interlocked.Read(ref _regionsFound);

    /// <summary>Pages whose content region's text was written.</summary>
    public long RegionsWritten => Interlocked.Read(ref _regionsWritten);

    internal void CountPage() => Interlocked.Increment(ref _pages);

    internal void CountArticlePath() => Interlocked.Increment(ref _articlePaths);

    internal void CountWideReading() => Interlocked.Increment(ref _wideReadings);

    internal void CountRegionFound() => Interlocked.Increment(ref _regionsFound);

    internal void CountRegionWritten() => Interlocked.Increment(ref _regionsWritten);
}
