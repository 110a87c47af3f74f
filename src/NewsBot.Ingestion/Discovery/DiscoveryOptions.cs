using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Discovery;

/// <summary>The "Discovery" section: how much of a site one look for feeds may read.</summary>
public sealed class DiscoveryOptions
{
    public const string SectionName = "Discovery";

    /// <summary>Requests one discovery may make, the page itself included; a hostile page cannot make it crawl a site.</summary>
    [Range(2, 30)]
    public int MaxRequests { get; set; } = 8;
}
