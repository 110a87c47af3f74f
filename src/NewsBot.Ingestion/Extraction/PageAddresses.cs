using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>The page's declared links (canonical address, image) as absolute http(s) addresses.</summary>
internal static class PageAddresses
{
    /// <summary>The href of the first &lt;link&gt; whose rel holds <paramref name="rel"/>.</summary>
    public static string? LinkHref(IDocument document, string rel) =>
        DomWalker.DescendantElementsNamed(document, "link")
            .FirstOrDefault(e => (e.GetAttribute(null, "rel") ?? "").Split(' ').Contains(rel, StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute(null, "href");

    /// <summary>The address resolved against the page's; null when blank, overlong or not http(s).</summary>
    public static string? Resolve(string? href, Uri? pageUri)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Length > 2_000)
        {
            return null;
        }

        var trimmed = href.Trim();
        Uri? absolute = pageUri is not null && Uri.TryCreate(pageUri, trimmed, out var joined) ? joined
            : Uri.TryCreate(trimmed, UriKind.Absolute, out var given) ? given
            : null;
        return absolute is not null && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : null;
    }
}
