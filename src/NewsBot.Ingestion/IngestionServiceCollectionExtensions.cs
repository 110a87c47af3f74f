using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Safe fetching, feed parsing and article extraction. Options bind from the "Fetching" section of the registered IConfiguration.</summary>
    public static IServiceCollection AddNewsBotIngestion(this IServiceCollection services)
    {
        services.AddNewsBotFetching();
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<DocumentLoader>();
        services.AddSingleton<ExtractionBudget>();
        services.AddSingleton<ArticleReader>();
        return services;
    }
}
