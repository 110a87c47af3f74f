using System.ComponentModel.DataAnnotations;
using NewsBot.Discord.Interactions.Http;

namespace NewsBot.Discord;

/// <summary>The "Discord" settings section. The token is checked where the bot starts, so other verbs run without it.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>Bot token; required only to run the bot. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Application id; read from GET /applications/@me when absent.</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:ApplicationId must be a numeric snowflake.")]
    public string? ApplicationId { get; set; }

    [Required]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Overrides the URL from GET /gateway/bot (tests point it at a fake Discord).</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Registers commands in this guild instead of globally (instant updates while developing).</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:DevGuildId must be a numeric snowflake.")]
    public string? DevGuildId { get; set; }

    /// <summary><c>gateway</c> (default) or <c>http</c>: interactions as signed POSTs to /interactions, no gateway session.</summary>
    public InteractionsMode InteractionsMode { get; set; } = InteractionsMode.Gateway;

    /// <summary>The application's Ed25519 public key in hex (Developer Portal, General Information); needed in http mode.</summary>
    public string? PublicKey { get; set; }

    /// <summary>
    /// How long a lost gateway session may stay down before /readyz says 503: Discord asks for routine reconnects (op 7),
    /// which resume within a second or two, and a probe should not flip on them.
    /// </summary>
    [Range(0, 3600, ErrorMessage = "Discord:ReadinessGraceSeconds must be between 0 and 3600.")]
    public int ReadinessGraceSeconds { get; set; } = 10;

    // Tuning knobs that tests shrink; not read from configuration.
    internal TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
    internal TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
    internal int MaxRetries { get; set; } = 3;
    internal TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    internal TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);
    internal TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);
    internal TimeSpan SignatureMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsAbsolute(ApiBaseUrl, "http", "https"))
            yield return new ValidationResult("Discord:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        if (GatewayUrl is not null && !IsAbsolute(GatewayUrl, "ws", "wss"))
            yield return new ValidationResult("Discord:GatewayUrl must be an absolute ws(s) URL.", [nameof(GatewayUrl)]);
        if (InteractionsMode == InteractionsMode.Http && string.IsNullOrWhiteSpace(PublicKey))
            yield return new ValidationResult("Discord:PublicKey is needed with Discord:InteractionsMode http: the application's public key (General Information in the Developer Portal).", [nameof(PublicKey)]);
        else if (!string.IsNullOrWhiteSpace(PublicKey) && InteractionSignature.ParseKey(PublicKey) is null)
            yield return new ValidationResult("Discord:PublicKey must be 64 hexadecimal characters (the application's public key in the Developer Portal).", [nameof(PublicKey)]);
    }

    private static bool IsAbsolute(string value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
