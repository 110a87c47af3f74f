using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Engine.Polling;

internal static class PollingRegistration
{
    /// <summary>
    /// The feed poller and its options ("Polling" section). Needs the core, ingestion, the storage ports
    /// (<c>IFeedStateStore</c>, <c>IArticleStore</c>), an <see cref="IFeedPauseNotices"/> and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotPolling(this IServiceCollection services)
    {
        services.AddOptions<PollingOptions>()
            .BindConfiguration(PollingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<FeedItemIngester>();
        services.AddSingleton<FeedPoller>();
        return services;
    }
}
