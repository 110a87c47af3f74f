using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Diagnostics;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Discord.Permissions;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimiting;

namespace NewsBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord client: options (validated at start; the token is checked only where the bot starts), the REST resources
    /// behind the rate limiter, the gateway and the interaction router.
    /// </summary>
    public static IServiceCollection AddNewsBotDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordAuthState>();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<RestRateLimiter>();
        services.AddTransient<RateLimitHandler>();
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .AddHttpMessageHandler<RateLimitHandler>()
            // Retries and timeouts are the rate limiter's job; the factory's default logging would print interaction tokens in URLs.
            .RemoveAllLoggers()
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddTransient(provider => new DiscordRestClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName),
            provider.GetRequiredService<IOptions<DiscordOptions>>(),
            provider.GetRequiredService<DiscordAuthState>(),
            provider.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.TryAddTransient(provider => new DiscordApi(provider.GetRequiredService<DiscordRestClient>()));
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Channels);
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Webhooks);
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Interactions);
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Commands);
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Gateway);
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Applications);
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Guilds);
        services.TryAddTransient(provider => provider.GetRequiredService<DiscordApi>().Users);
        services.TryAddSingleton<BotPermissions>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<IGatewayDispatchHandler>(provider => provider.GetRequiredService<InteractionRouter>());
        services.TryAddSingleton<HttpInteractionEndpoint>();
        services.TryAddSingleton<DiscordGatewayClient>();
        services.TryAddSingleton<DiscordBotService>();
        services.AddHostedService(provider => provider.GetRequiredService<DiscordBotService>());
        return services;
    }
}
