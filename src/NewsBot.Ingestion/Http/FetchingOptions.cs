using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Ingestion.Http;

public sealed class FetchingOptions : IValidatableObject
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

    /// <summary>First retry delay; later ones grow exponentially with jitter. Tests set it near zero.</summary>
    [Range(0, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>Lets fetches reach loopback and private networks. Only for tests and trusted intranets.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>
    /// Addresses or CIDR blocks ("192.168.1.10", "10.8.0.0/16") exempt from the address guard,
    /// e.g. a self-hosted RSS bridge; everything else private stays refused.
    /// </summary>
    public string[] AllowedNetworks { get; set; } = [];

    // MinLength reflects only over types that are neither strings nor collections; this one is a string.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "MinLength reads a string's length without reflection.")]
    [Required, MinLength(3)]
    public string UserAgent { get; set; } = "NewsBot/0.1 (+https://github.com/newsbot/newsbot; self-hosted Discord news digest)";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in AllowedNetworks)
        {
            if (!AddressGuard.TryParseNetwork(entry, out _))
                yield return new ValidationResult($"'{entry}' is not an IP address or CIDR block.", [nameof(AllowedNetworks)]);
        }
    }
}
