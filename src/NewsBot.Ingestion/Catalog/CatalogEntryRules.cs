namespace NewsBot.Ingestion.Catalog;

/// <summary>What makes an outlet added in settings usable: web addresses, a known source kind, language codes.</summary>
internal static class CatalogEntryRules
{
    public static IEnumerable<string> Problems(CatalogOutletEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Name) || entry.Name.Contains('\t', StringComparison.Ordinal))
            yield return "Name is empty or has a tab.";
        if (WebAddress(entry.Homepage) is null)
            yield return $"Homepage '{entry.Homepage}' is not an http or https URL.";
        if (WebAddress(entry.Url) is null)
            yield return $"Url '{entry.Url}' is not an http or https URL.";
        if (!CatalogOutlet.SourceKinds.Contains(entry.Kind))
            yield return $"Kind '{entry.Kind}' is not one of {string.Join(", ", CatalogOutlet.SourceKinds)}.";
        if (entry.Country.Length != 2 || !entry.Country.All(char.IsAsciiLetter))
            yield return $"Country '{entry.Country}' is not a two-letter code.";
        foreach (var language in entry.Languages.Where(l => l.Length is < 2 or > 3 || !l.All(char.IsAsciiLetter)))
            yield return $"Language '{language}' is not a two- or three-letter code.";
    }

    public static Uri? WebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>The outlet an entry describes; call only on an entry without <see cref="Problems"/>.</summary>
    public static CatalogOutlet ToOutlet(CatalogOutletEntry entry) => new(
        entry.Name.Trim(), WebAddress(entry.Homepage)!, entry.Country.ToLowerInvariant(),
        [.. entry.Languages.Select(l => l.ToLowerInvariant())], entry.Kind, WebAddress(entry.Url)!);
}
