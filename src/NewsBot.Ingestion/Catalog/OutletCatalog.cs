using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Catalog;

/// <summary>
/// The outlets NewsBot knows without a moderator looking up feeds: the built-in catalogue, plus the self-hoster's
/// <c>Catalog:Add</c>, minus <c>Catalog:Disable</c> (names or source URLs). Sorted by country, then name.
/// </summary>
public sealed class OutletCatalog
{
    public OutletCatalog(IOptions<CatalogOptions> options)
        : this(CatalogFile.ReadBuiltIn(), (options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    internal OutletCatalog(IReadOnlyList<CatalogOutlet> builtIn, CatalogOptions options)
    {
        var disabled = new HashSet<string>(options.Disable.Select(d => d.Trim()), StringComparer.OrdinalIgnoreCase);
        // An added outlet named like a built-in one replaces it (a self-hoster's fix of a moved feed).
        Outlets = [.. options.Add.Select(CatalogEntryRules.ToOutlet).Concat(builtIn)
            .Where(o => !disabled.Contains(o.Name) && !disabled.Contains(o.SourceUrl.AbsoluteUri))
            .DistinctBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(o => o.Country, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public IReadOnlyList<CatalogOutlet> Outlets { get; }

    /// <summary>The outlets in <paramref name="country"/> that publish in <paramref name="language"/>; a null filter keeps all.</summary>
    public IReadOnlyList<CatalogOutlet> Filter(string? country, string? language) =>
        [.. Outlets.Where(o => (string.IsNullOrWhiteSpace(country) || o.IsIn(country.Trim()))
            && (string.IsNullOrWhiteSpace(language) || o.Speaks(language.Trim())))];

    public CatalogOutlet? Find(string name) =>
        Outlets.FirstOrDefault(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Outlets whose name starts with, then contains, what was typed (ignoring case).</summary>
    public IReadOnlyList<CatalogOutlet> Suggest(string typed, int max)
    {
        typed = typed.Trim();
        return [.. Outlets.Where(o => o.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Concat(Outlets.Where(o => o.Name.Contains(typed, StringComparison.OrdinalIgnoreCase)))
            .Distinct().Take(max)];
    }
}
