using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Ingestion.Feeds;

/// <summary>What makes a feed item "seen": its id within the feed and the canonical address of its article.</summary>
public static class FeedItemIdentity
{
    /// <param name="feedUrl">The feed as the topics list it, so identities stay put when the feed redirects.</param>
    /// <param name="documentUri">Where the feed was read from, for resolving relative links.</param>
    public static ArticleIdentity For(string feedUrl, FeedItem item, Uri documentUri)
    {
        ArgumentNullException.ThrowIfNull(item);
        var itemId = ItemId(item);
        // An item without a usable link still needs an address of its own; the fragment keeps it apart from every
        // real canonical URL, which never has one.
        var canonical = CanonicalUrl.From(item.Link, documentUri) ?? $"{feedUrl}#{itemId}";
        return new ArticleIdentity(feedUrl, itemId, canonical);
    }

    private static string ItemId(FeedItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Id))
            return item.Id.Trim();
        if (!string.IsNullOrWhiteSpace(item.Link))
            return item.Link.Trim();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{item.Title}\n{item.Summary}"));
        return "sha256:" + Convert.ToHexStringLower(hash)[..32];
    }
}
