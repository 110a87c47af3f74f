namespace NewsBot.Ingestion.Catalog;

/// <summary>One outlet of the catalogue and the one source NewsBot polls for it.</summary>
/// <param name="Country">ISO 3166-1 alpha-2, lower case.</param>
/// <param name="Languages">ISO 639-1 codes, lower case.</param>
/// <param name="Kind">What <paramref name="SourceUrl"/> is: one of <see cref="SourceKinds"/>.</param>
public sealed record CatalogOutlet(string Name, Uri Homepage, string Country, IReadOnlyList<string> Languages, string Kind, Uri SourceUrl)
{
    public static readonly IReadOnlyList<string> SourceKinds = ["rss", "atom", "news-sitemap", "sitemap"];

    public bool Speaks(string language) => Languages.Contains(language, StringComparer.OrdinalIgnoreCase);

    public bool IsIn(string country) => string.Equals(Country, country, StringComparison.OrdinalIgnoreCase);
}
