using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Discord;
using NewsBot.Engine.Delivery;
using NewsBot.Persistence;
using NewsBot.Persistence.Migrations;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Engine.Delivery;

/// <summary>
/// What a released NewsBot (schema 3, Discord columns in the outbox) left pending is delivered after the upgrade to the
/// neutral outbox, with the nonce it was queued with, into the forum thread its digest already started.
/// </summary>
public sealed class OutboxUpgradeTests : IAsyncDisposable
{
    private const string TextChannel = "100";
    private const string ForumChannel = "200";
    private const string StartedThread = "300";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsbot-upgrade-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchPendingAsync_RowsOfTheSchema3Outbox_DeliveredWithTheirNonceIntoTheirThread()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Token);
        fake.State.Channels[StartedThread] = FakeChannelKind.Text;
        await CreateSchema3OutboxAsync();
        await using var services = Services(fake);

        var report = await services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(Token);

        Assert.Equal(new DispatchReport(2, 0, false), report);
        // Destinations are served side by side, so only each one's own order is fixed.
        var posts = fake.Requests.Where(r => r.Method == "POST").OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        Assert.Equal([$"/api/v10/channels/{TextChannel}/messages", $"/api/v10/channels/{StartedThread}/messages"], posts.Select(r => r.Path));
        Assert.Equal(["old-nonce-text", "old-nonce-forum-1"], posts.Select(r => PublishingHarness.Body(r)["nonce"]!.GetValue<string>()));
        Assert.Equal("Ferry timetable", PublishingHarness.Body(posts[0])["embeds"]![0]!["title"]!.GetValue<string>());
        var outbox = services.GetRequiredService<IOutbox>();
        Assert.Empty(await outbox.PendingMessagesAsync(Token));
        var forum = await outbox.DigestMessagesAsync(2, Token);
        Assert.Equal([StartedThread, StartedThread], forum.Select(PublishingHarness.LandedIn));
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The outbox as schema 3 wrote it: a text digest waiting, and a forum digest whose first message started a thread before
    /// the process stopped, its second message waiting.
    /// </summary>
    private async Task CreateSchema3OutboxAsync()
    {
        Directory.CreateDirectory(_folder);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, StorageOptions.DatabaseFileName) }.ToString());
        await connection.OpenAsync(Token);
        await SchemaMigrator.MigrateAsync(connection, [.. SchemaMigrator.All.Where(m => m.Version <= 3)], Token);
        await using var insert = connection.CreateCommand();
        insert.CommandText = $$"""
            INSERT INTO digests (id, idempotency_key, created_at) VALUES (1, 'digest:1:1000', 1000), (2, 'digest:2:1000', 1000);
            INSERT INTO outbox_messages (digest_id, sequence, channel_id, nonce, payload_json, thread_name) VALUES
                (1, 0, '{{TextChannel}}', 'old-nonce-text', '{"embeds":[{"title":"Ferry timetable"}]}', NULL),
                (2, 0, '{{ForumChannel}}', 'old-nonce-forum-0', '{"content":"Harbour, part 1"}', 'Harbour · 1 Mar 2026'),
                (2, 1, '{{ForumChannel}}', 'old-nonce-forum-1', '{"content":"Harbour, part 2"}', 'Harbour · 1 Mar 2026');
            UPDATE outbox_messages SET discord_message_id = '{{StartedThread}}', posted_channel_id = '{{StartedThread}}', sent_at = 2000
            WHERE nonce = 'old-nonce-forum-0';
            """;
        await insert.ExecuteNonQueryAsync(Token);
    }

    private ServiceProvider Services(FakeDiscordServer fake)
    {
        var settings = new Dictionary<string, string?>(fake.Settings) { ["Storage:DataDirectory"] = _folder };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddNewsBotDiscord();
        services.AddNewsBotPersistence();
        services.AddSingleton(Options.Create(new DeliveryOptions()));
        services.AddSingleton<OutboxDispatcher>();
        return services.BuildServiceProvider();
    }
}
