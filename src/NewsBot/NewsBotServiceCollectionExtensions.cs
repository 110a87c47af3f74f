using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands.Moderation;
using NewsBot.Core;
using NewsBot.Digests;
using NewsBot.Discord;
using NewsBot.Discord.Interactions;
using NewsBot.Ingestion;
using NewsBot.Persistence;
using NewsBot.Scheduling;

namespace NewsBot;

public static class NewsBotServiceCollectionExtensions
{
    /// <summary>Everything the executable runs: the core, ingestion, storage, the digest engine and the Discord client.</summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services)
    {
        services.AddNewsBotCore();
        services.AddNewsBotIngestion();
        services.AddSingleton<OnDemandDigestBuilder>();
        services.AddNewsBotPersistence();
        services.AddDigestEngine();
        // The Discord token is checked by the run verb, so quotes and digest work without one.
        services.AddNewsBotDiscord();
        services.AddSingleton<IDiscordCommand, PingCommand>();
        services.AddSingleton<IDiscordCommand, FeedCommand>();
        services.AddOptions<ModerationLimits>().BindConfiguration(ModerationLimits.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
