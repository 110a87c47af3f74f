using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Persistence.Postgres;

namespace NewsBot.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Storage behind the Core storage ports, on the provider <c>Storage:Provider</c> names: SQLite (default) or PostgreSQL
    /// (<c>ConnectionStrings:NewsBot</c>). Options bind from the "Storage" section; the database is created and migrated at start-up.
    /// </summary>
    public static IServiceCollection AddNewsBotPersistence(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddSingleton<IValidateOptions<StorageOptions>, PostgresConnectionValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<IStorageDatabase>(s => ByProvider<IStorageDatabase, SqliteDatabase, PostgresDatabase>(s));
        services.AddStore<IArticleStore, SqliteArticleStore, PostgresArticleStore>();
        services.AddStore<IFeedStateStore, SqliteFeedStateStore, PostgresFeedStateStore>();
        services.AddStore<IFeedSubscriptionStore, SqliteFeedSubscriptionStore, PostgresFeedSubscriptionStore>();
        services.AddStore<IRetentionStore, SqliteRetentionStore, PostgresRetentionStore>();
        services.AddStore<IOutbox, SqliteOutbox, PostgresOutbox>();
        services.AddStore<ITopicStore, SqliteTopicStore, PostgresTopicStore>();
        services.AddStore<IStoryMemory, SqliteStoryMemory, PostgresStoryMemory>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    // The container creates the stores through their constructors: keep them for trimming (NativeAOT).
    private static void AddStore<TPort,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSqlite,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TPostgres>(this IServiceCollection services)
        where TPort : class
        where TSqlite : class, TPort
        where TPostgres : class, TPort
    {
        services.AddSingleton<TSqlite>();
        services.AddSingleton<TPostgres>();
        services.AddSingleton<TPort>(s => ByProvider<TPort, TSqlite, TPostgres>(s));
    }

    // Resolved on first use, so the provider not chosen is never built (SQLite creates no file for a PostgreSQL bot).
    private static TPort ByProvider<TPort, TSqlite, TPostgres>(IServiceProvider services)
        where TPort : class
        where TSqlite : class, TPort
        where TPostgres : class, TPort =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres
            ? services.GetRequiredService<TPostgres>()
            : services.GetRequiredService<TSqlite>();
}
