using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Ingestion.Feeds;

/// <summary>A stable, never-empty identity for an item: its guid/id, else its link, else a hash of what it says.</summary>
internal static class ItemIdentity
{
    private const int HashHexLength = 32;

    public static string For(string? id, string? link, string? title, DateTimeOffset? date, string? body)
    {
        if (!string.IsNullOrWhiteSpace(id))
            return id.Trim();
        if (!string.IsNullOrWhiteSpace(link))
            return link.Trim();
        var dateText = date?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "";
        // Title and date identify a news item; the body only breaks ties when both are missing.
        var basis = string.IsNullOrWhiteSpace(title) && date is null ? body ?? "" : $"{title?.Trim()}\n{dateText}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(basis));
        return "sha256:" + Convert.ToHexStringLower(hash)[..HashHexLength];
    }
}
