using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core;
using NewsBot.Digests;
using NewsBot.Ingestion;

namespace NewsBot;

public static class NewsBotServiceCollectionExtensions
{
    /// <summary>Everything the executable runs: the core, ingestion and the digest builder.</summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services)
    {
        services.AddNewsBotCore();
        services.AddNewsBotIngestion();
        services.AddSingleton<OnDemandDigestBuilder>();
        return services;
    }
}
