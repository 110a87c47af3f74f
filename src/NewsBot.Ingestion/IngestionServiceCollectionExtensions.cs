using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Catalog;
using NewsBot.Ingestion.Discovery;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Safe fetching, feed parsing and article extraction. Options bind from the "Fetching" section of the registered IConfiguration.</summary>
    public static IServiceCollection AddNewsBotIngestion(this IServiceCollection services)
    {
        services.AddNewsBotFetching();
        services.AddOptions<DiscoveryOptions>()
            .BindConfiguration(DiscoveryOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscoveryOptions>, DiscoveryOptionsValidator>());
        services.AddSingleton<FeedDiscoverer>();
        return services.AddReaders();
    }

    /// <summary>
    /// Feed parsing and article extraction of local files only, with no HTTP client: what a command given files needs.
    /// The "Fetching" section still applies (its size cap covers files too).
    /// </summary>
    public static IServiceCollection AddNewsBotLocalReading(this IServiceCollection services)
    {
        services.AddFetchingOptions();
        services.AddSingleton<IWebFetcher, LocalFilesOnlyFetcher>();
        return services.AddReaders();
    }

    private static IServiceCollection AddReaders(this IServiceCollection services)
    {
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<DocumentLoader>();
        services.AddSingleton<ExtractionBudget>();
        services.AddSingleton<ArticleReader>();
        services.AddOptions<SitemapOptions>()
            .BindConfiguration(SitemapOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SitemapOptions>, SitemapOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SitemapFollower>();
        services.AddOptions<CatalogOptions>()
            .BindConfiguration(CatalogOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CatalogOptions>, CatalogOptionsValidator>());
        services.AddSingleton<OutletCatalog>();
        services.AddSingleton<CatalogChecker>();
        return services;
    }
}
