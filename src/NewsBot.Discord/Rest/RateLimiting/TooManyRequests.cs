using System.Globalization;
using System.Text.Json;

namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>A 429's retry delay (body retry_after, else Retry-After, else Reset-After) and whether it was global.</summary>
internal sealed record TooManyRequests(TimeSpan RetryAfter, bool Global, string? Scope)
{
    /// <summary>
    /// The longest wait a 429 can impose. A broken proxy or a bug can say 1e12 s or 58 days, which would overflow a
    /// TimeSpan or a timer; Discord's own bans last an hour, so nothing sane asks for more.
    /// </summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    public static async Task<TooManyRequests> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? retryAfter = null;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (json.RootElement.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds))
                    retryAfter = seconds;
                if (json.RootElement.TryGetProperty("global", out var gl) && gl.ValueKind == JsonValueKind.True)
                    global = true;
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML 429 (e.g. Cloudflare): fall back to the headers.
        }
        retryAfter ??= Header(response, "Retry-After") ?? Header(response, "X-RateLimit-Reset-After") ?? 1;
        var scope = response.Headers.TryGetValues("X-RateLimit-Scope", out var s) ? s.FirstOrDefault() : null;
        return new TooManyRequests(Clamped(retryAfter.Value), global, scope);
    }

    private static TimeSpan Clamped(double seconds)
    {
        if (double.IsNaN(seconds) || seconds <= 0)
            return TimeSpan.Zero;
        return seconds >= MaxRetryAfter.TotalSeconds ? MaxRetryAfter : TimeSpan.FromSeconds(seconds);
    }

    private static double? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
