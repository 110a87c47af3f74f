using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Storage;
using NewsBot.Persistence.Postgres;
using NewsBot.Persistence.Postgres.Migrations;

namespace NewsBot.Persistence.Tests.Postgres;

/// <summary>Storage:Provider = postgres: the one registration serves every port from PostgreSQL and migrates at start.</summary>
public sealed class PostgresRegistrationTests : IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    [Fact]
    public async Task AddNewsBotPersistence_PostgresProvider_EveryPortOnPostgresAndSchemaMigratedAtStart()
    {
        var ct = TestContext.Current.CancellationToken;
        _test = new TestPostgresDatabase();
        using var host = BuildHost(_test.ConnectionString);

        await host.StartAsync(ct);

        Assert.IsType<PostgresArticleStore>(host.Services.GetRequiredService<IArticleStore>());
        Assert.IsType<PostgresTopicStore>(host.Services.GetRequiredService<ITopicStore>());
        Assert.IsType<PostgresOutbox>(host.Services.GetRequiredService<IOutbox>());
        Assert.IsType<PostgresStoryMemory>(host.Services.GetRequiredService<IStoryMemory>());
        Assert.IsType<PostgresFeedStateStore>(host.Services.GetRequiredService<IFeedStateStore>());
        Assert.IsType<PostgresFeedSubscriptionStore>(host.Services.GetRequiredService<IFeedSubscriptionStore>());
        Assert.IsType<PostgresRetentionStore>(host.Services.GetRequiredService<IRetentionStore>());
        Assert.Equal((long)PostgresSchemaMigrator.All.Count, await _test.ScalarAsync("SELECT count(*) FROM schema_version;", ct));
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task AddNewsBotPersistence_PostgresServerUnreachable_StartFailsWithOneLineNamingTheSetting()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        using var host = BuildHost("Host=127.0.0.1;Port=1;Database=newsbot;Username=newsbot;Password=secret-word;Timeout=5");

        var error = await Assert.ThrowsAsync<DatabaseUnwritableException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("the database PostgreSQL 127.0.0.1:1/newsbot cannot be used (", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:NewsBot", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", error.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:NewsBot"] = connectionString,
        });
        builder.Services.AddNewsBotPersistence();
        return builder.Build();
    }
}
