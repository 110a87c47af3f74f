namespace NewsBot.Ingestion.Catalog;

/// <summary>An outlet a self-hoster adds in settings (<c>Catalog:Add</c>), as written there; checked by <see cref="CatalogOptions"/>.</summary>
public sealed class CatalogOutletEntry
{
    public string Name { get; set; } = "";
    public string Homepage { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; set; } = "";

    /// <summary>ISO 639-1 codes.</summary>
    public string[] Languages { get; set; } = [];

    /// <summary>rss, atom, news-sitemap or sitemap.</summary>
    public string Kind { get; set; } = "rss";

    /// <summary>The feed or sitemap to poll.</summary>
    public string Url { get; set; } = "";
}
