namespace NewsBot.Ingestion.Feeds;

/// <summary>Fields collected for a channel or an item while its elements are read; later elements overwrite earlier ones.</summary>
internal sealed class FeedFields
{
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? PermalinkGuid { get; set; }
    public string? Summary { get; set; }
    /// <summary>The summary came from an RSS description or summary element (not from an iTunes fallback).</summary>
    public bool HasRssSummary { get; set; }
    public string? Content { get; set; }
    public string? Author { get; set; }
    public string? Id { get; set; }
    public string? Rights { get; set; }
    public string? Generator { get; set; }
    public string? Language { get; set; }
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset? Updated { get; set; }
    public List<string> Categories { get; } = [];
    public List<string> Warnings { get; } = [];
}
