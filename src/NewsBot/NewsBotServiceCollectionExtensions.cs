using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core;
using NewsBot.Digests;
using NewsBot.Discord;
using NewsBot.Discord.Interactions;
using NewsBot.Ingestion;

namespace NewsBot;

public static class NewsBotServiceCollectionExtensions
{
    /// <summary>Everything the executable runs: the core, ingestion, the digest builder and the Discord client.</summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services)
    {
        services.AddNewsBotCore();
        services.AddNewsBotIngestion();
        services.AddSingleton<OnDemandDigestBuilder>();
        // The Discord token is checked by the run verb, so quotes and digest work without one.
        services.AddNewsBotDiscord();
        services.AddSingleton<IDiscordCommand, PingCommand>();
        return services;
    }
}
