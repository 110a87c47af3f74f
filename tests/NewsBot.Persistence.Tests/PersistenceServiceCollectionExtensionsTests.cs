using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

public sealed class PersistenceServiceCollectionExtensionsTests : IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task AddNewsBotPersistence_HostStarts_CreatesDatabaseInConfiguredFolder()
    {
        var ct = TestContext.Current.CancellationToken;
        var dataDirectory = Path.Combine(_test.Folder, "nested");
        using var host = BuildHost(dataDirectory);

        await host.StartAsync(ct);

        Assert.True(File.Exists(Path.Combine(dataDirectory, StorageOptions.DatabaseFileName)));
        Assert.Equal(ItemNovelty.New, await host.Services.GetRequiredService<IArticleStore>().CheckAsync(new ArticleIdentity("f", "i", "u"), ct));
        Assert.Null(await host.Services.GetRequiredService<IFeedStateStore>().GetAsync("f", ct));
        Assert.Empty(await host.Services.GetRequiredService<IOutbox>().PendingMessagesAsync(ct));
        Assert.Empty(await host.Services.GetRequiredService<ITopicStore>().ListAsync(ct));
        await host.StopAsync(ct);
        ReleasePooledConnections(host);
    }

    [Fact]
    public async Task AddNewsBotPersistence_EmptyDataDirectory_FailsAtStart()
    {
        using var host = BuildHost("");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(nameof(StorageOptions.DataDirectory), error.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(string dataDirectory)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory });
        builder.Services.AddNewsBotPersistence();
        return builder.Build();
    }

    private static void ReleasePooledConnections(IHost host)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(host.Services.GetRequiredService<SqliteDatabase>().ConnectionString);
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
    }
}
