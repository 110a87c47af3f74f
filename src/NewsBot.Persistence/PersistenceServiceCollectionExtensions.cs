using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>SQLite storage behind the Core storage ports. Options bind from the "Storage" section; the database is created and migrated at start-up.</summary>
    public static IServiceCollection AddNewsBotPersistence(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IArticleStore, SqliteArticleStore>();
        services.AddSingleton<IFeedStateStore, SqliteFeedStateStore>();
        services.AddSingleton<IFeedSubscriptionStore, SqliteFeedSubscriptionStore>();
        services.AddSingleton<IRetentionStore, SqliteRetentionStore>();
        services.AddSingleton<IOutbox, SqliteOutbox>();
        services.AddSingleton<ITopicStore, SqliteTopicStore>();
        services.AddSingleton<IStoryMemory, SqliteStoryMemory>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
