using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Safe fetching, feed parsing and article extraction.</summary>
    public static IServiceCollection AddNewsBotIngestion(this IServiceCollection services)
    {
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ArticleExtractor>();
        return services;
    }
}
