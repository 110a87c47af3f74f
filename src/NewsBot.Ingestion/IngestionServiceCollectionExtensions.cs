using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Safe fetching, feed parsing and article extraction.</summary>
    public static IServiceCollection AddNewsBotIngestion(this IServiceCollection services)
    {
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<DocumentLoader>();
        services.AddSingleton<ArticleReader>();
        return services;
    }
}
