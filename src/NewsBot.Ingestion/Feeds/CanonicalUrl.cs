namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// One spelling per article address, so the same story linked twice is seen once: resolved against the feed,
/// fragment dropped, click-tracking parameters dropped, scheme and host lower-case, default port omitted.
/// </summary>
public static class CanonicalUrl
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "ref_src", "__twitter_impression",
    };

    /// <returns>The canonical http(s) address, or null when the link is empty, malformed or not http(s).</returns>
    public static string? From(string? link, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(baseUri, link.Trim(), out var uri))
            return null;
        if (uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return null;
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&').Where(IsKept));
        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        return $"{uri.Scheme}://{authority.ToLowerInvariant()}{uri.AbsolutePath}{(query.Length == 0 ? "" : "?" + query)}";
    }

    private static bool IsKept(string pair)
    {
        if (pair.Length == 0)
            return false;
        var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
        return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
    }
}
