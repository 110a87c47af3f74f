namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>One text the page offers as its title, where it was read, and the model's features of it.</summary>
public sealed class TitleCandidate(string text, TitleSources sources)
{
    public string Text { get; } = text;

    public TitleSources Sources { get; internal set; } = sources;

    /// <summary>Values in the order of <see cref="TitleFeatures.Names"/>; filled once every candidate is known.</summary>
    public IReadOnlyList<double> Features { get; internal set; } = [];

    public bool Has(TitleSources source) => (Sources & source) != 0;
}
