using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Persistence.Tests.Postgres;

/// <summary>
/// Several instances on one PostgreSQL database write side by side (no single writer as on SQLite): what must happen once
/// still happens once.
/// </summary>
public sealed class PostgresConcurrencyTests : IDisposable
{
    private TestPostgresDatabase? _test;

    private TestPostgresDatabase Test => _test ??= new();

    public void Dispose() => _test?.Dispose();

    [Fact]
    public async Task CreateDigestAsync_SameKeyFromFourInstancesAtOnce_OneDigestWithItsMessagesOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var outboxes = Enumerable.Range(0, 4).Select(_ => Test.Outbox()).ToList();

        var digests = await Task.WhenAll(outboxes.Select((outbox, i) => Task.Run(
            () => outbox.CreateDigestAsync("topic-1:2026-03-02", [new OutgoingMessage("100", $"from instance {i}"), new OutgoingMessage("100", "second")], ct),
            ct)));

        Assert.Single(digests.Select(d => d.Id).Distinct());
        Assert.Equal(1L, await Test.ScalarAsync("SELECT count(*) FROM digests;", ct));
        Assert.Equal(2L, await Test.ScalarAsync("SELECT count(*) FROM outbox_messages;", ct));
    }

    [Fact]
    public async Task SaveAsync_SameNewNameFromFourInstancesAtOnce_OneTopicTheOthersRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var stores = Enumerable.Range(0, 4).Select(_ => Test.Topics()).ToList();
        var topic = new Topic { Name = "Harbour News", GuildId = "guild-1", ChannelId = "100", Schedule = "daily 08:00", Feeds = ["https://brindle-post.example/feed"] };

        var saves = await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(topic, "mod-1", "created", ct);
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }, ct)));

        Assert.Equal(1, saves.Count(saved => saved));
        Assert.Single(await stores[0].ListAsync(ct));
    }
}
