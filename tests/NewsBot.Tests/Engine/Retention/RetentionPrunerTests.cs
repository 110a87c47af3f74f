using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Retention;
using NewsBot.Engine.Stories;
using NewsBot.Persistence;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine.Retention;

/// <summary>Issue 14, item 8: the daily pruning over the real SQLite store, with the database size said after pruning.</summary>
public sealed class RetentionPrunerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 4, 15, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsbot-retention-" + Guid.NewGuid().ToString("N"));
    private readonly CapturedLogs _logs = new();
    private readonly FakeTimeProvider _time = new(Start);
    private IHost? _host;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PruneAsync_OldArticleAndAPauseOfAFeedNoLongerFollowed_DeletedAndTheSizeLogged()
    {
        var services = await StartAsync();
        var topics = services.GetRequiredService<ITopicStore>();
        var topic = await topics.SaveAsync(
            new Topic { Name = "Harbour", GuildId = "500", ChannelId = "100", Schedule = "daily 08:00", Feeds = ["https://courier.example/rss"] }, "mod", "created", Token);
        var subscriptions = services.GetRequiredService<IFeedSubscriptionStore>();
        await subscriptions.PauseAsync("500", "https://courier.example/rss", new FeedPause(Start, null, "mod"), Token);
        await topics.SaveAsync(topic with { Feeds = [] }, "mod", "feed removed", Token);
        var article = new ArticleRecord
        {
            Identity = new ArticleIdentity("https://courier.example/rss", "item-1", "https://courier.example/a/ferry"),
            Title = "Ferry timetable changes",
            Text = "The ferry now leaves at six.",
        };
        await services.GetRequiredService<IArticleStore>().TryAddAsync(article, Token);
        _time.Advance(TimeSpan.FromDays(31));

        var counts = await services.GetRequiredService<RetentionPruner>().PruneAsync(Token);

        Assert.Equal(1, counts.Articles);
        Assert.Empty(await services.GetRequiredService<IArticleStore>().ListSinceAsync(DateTimeOffset.MinValue, Token));
        Assert.Equal(0, await subscriptions.ForgetUnfollowedAsync(Token));
        var info = _logs.At(LogLevel.Information);
        // At start-up the size is run's start-up line's (StartupReport), not the initializer's.
        Assert.DoesNotContain(info, l => l.Contains("DatabaseInitializer", StringComparison.Ordinal));
        Assert.Single(info, l => l.Contains("RetentionPruner: Pruned 1 articles, 0 seen items", StringComparison.Ordinal) && l.Contains("1 pauses of unfollowed feeds, 0 remembered stories; database now", StringComparison.Ordinal));
    }

    private async Task<IServiceProvider> StartAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["Storage:DataDirectory"] = _folder;
        builder.Logging.AddProvider(_logs);
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddNewsBotPersistence();
        builder.Services.AddOptions<RetentionOptions>();
        builder.Services.AddOptions<StoryMemoryOptions>();
        builder.Services.AddSingleton<RetentionPruner>();
        _host = builder.Build();
        await _host.StartAsync(Token);
        return _host.Services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
