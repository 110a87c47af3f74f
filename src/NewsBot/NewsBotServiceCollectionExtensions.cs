using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;
using NewsBot.Core;
using NewsBot.Discord;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Metrics;
using NewsBot.Engine.Scheduling;
using NewsBot.Ingestion;
using NewsBot.Persistence;

namespace NewsBot;

public static class NewsBotServiceCollectionExtensions
{
    /// <summary>Everything the executable runs: the core, ingestion, storage, the digest engine, the Discord client and the commands.</summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services)
    {
        services.AddNewsBotCore();
        services.AddSingleton<NewsBotMetrics>();
        services.AddNewsBotIngestion();
        services.AddSingleton<OnDemandDigestBuilder>();
        services.AddNewsBotPersistence();
        services.AddDigestEngine();
        // The Discord token is checked by the run verb, so quotes and digest work without one.
        services.AddNewsBotDiscord();
        services.AddSlashCommands();
        return services;
    }
}
