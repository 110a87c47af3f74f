using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Http;

public sealed class FetchingOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Largest body accepted after decompression.</summary>
    [Range(1024, 100_000_000)]
    public long MaxResponseBytes { get; set; } = 5_000_000;

    /// <summary>Time allowed for one attempt, headers and body included.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 20;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Lets fetches reach loopback and private networks. Only for tests and trusted intranets.</summary>
    public bool AllowPrivateAddresses { get; set; }

    [Required, MinLength(3)]
    public string UserAgent { get; set; } = "NewsBot/0.1 (+https://github.com/newsbot/newsbot; self-hosted Discord news digest)";
}
