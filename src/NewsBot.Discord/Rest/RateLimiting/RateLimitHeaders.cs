using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>The X-RateLimit-* headers of one response. <see cref="ResetEpoch"/> only identifies the window; waits use <see cref="ResetAfter"/>.</summary>
internal sealed record RateLimitHeaders(int Limit, int Remaining, double ResetEpoch, TimeSpan ResetAfter, string? Bucket)
{
    public static RateLimitHeaders? Read(HttpResponseHeaders headers)
    {
        if (!TryDouble(headers, "X-RateLimit-Limit", out var limit) || !TryDouble(headers, "X-RateLimit-Remaining", out var remaining)
            || !TryDouble(headers, "X-RateLimit-Reset-After", out var resetAfter))
        {
            return null;
        }

        TryDouble(headers, "X-RateLimit-Reset", out var reset);
        var bucket = headers.TryGetValues("X-RateLimit-Bucket", out var values) ? values.FirstOrDefault() : null;
        return new RateLimitHeaders((int)limit, (int)remaining, reset, TimeSpan.FromSeconds(resetAfter), bucket);
    }

    private static bool TryDouble(HttpResponseHeaders headers, string name, out double value)
    {
        value = 0;
        return headers.TryGetValues(name, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
