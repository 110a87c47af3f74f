using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;

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
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PollingOptions>, PollingOptionsValidator>());
        // The poller never treats an item older than the identities it keeps as news.
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>());
        services.AddSingleton<FeedItemIngester>();
        services.AddSingleton<FeedPoller>();
        return services;
    }
}
