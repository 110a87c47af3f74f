using NewsBot.Core.Storage;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>Subscriptions are read from the topics' feeds; their pauses live in <c>feed_subscription_pauses</c>.</summary>
internal sealed class PostgresFeedSubscriptionStore(PostgresDatabase database) : IFeedSubscriptionStore
{
    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(string? feedUrl, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.guild_id, s.feed_url, p.paused_at, p.reason, p.paused_by
            FROM (SELECT DISTINCT coalesce(t.guild_id, '') AS guild_id, f.feed_url
                  FROM topic_feeds f JOIN topics t ON t.id = f.topic_id
                  WHERE @feedUrl IS NULL OR f.feed_url = @feedUrl) s
            LEFT JOIN feed_subscription_pauses p ON p.guild_id = s.guild_id AND p.feed_url = s.feed_url
            ORDER BY s.feed_url COLLATE "C", s.guild_id COLLATE "C";
            """;
        command.AddText("feedUrl", feedUrl);
        var subscriptions = new List<FeedSubscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            subscriptions.Add(new FeedSubscription(reader.GetString(0), reader.GetString(1))
            {
                Pause = reader.IsDBNull(2)
                    ? null
                    : new FeedPause(UnixTime.FromMilliseconds(reader.GetInt64(2)), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)),
            });
        }
        return subscriptions;
    }

    public async Task<bool> PauseAsync(string guildId, string feedUrl, FeedPause pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guildId);
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(pause);
        return await ChangeAsync("""
            INSERT INTO feed_subscription_pauses (guild_id, feed_url, paused_at, reason, paused_by)
            VALUES (@guildId, @feedUrl, @at, @reason, @by)
            ON CONFLICT (guild_id, feed_url) DO NOTHING;
            """, command =>
        {
            Key(command, guildId, feedUrl);
            command.AddTime("at", pause.At);
            command.AddText("reason", pause.Reason);
            command.AddText("by", pause.By);
        }, cancellationToken) > 0;
    }

    public async Task<bool> ResumeAsync(string guildId, string feedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guildId);
        ArgumentNullException.ThrowIfNull(feedUrl);
        return await ChangeAsync(
            "DELETE FROM feed_subscription_pauses WHERE guild_id = @guildId AND feed_url = @feedUrl;",
            command => Key(command, guildId, feedUrl),
            cancellationToken) > 0;
    }

    public Task<int> ForgetUnfollowedAsync(CancellationToken cancellationToken) => ChangeAsync("""
        DELETE FROM feed_subscription_pauses AS p
        WHERE NOT EXISTS (SELECT 1 FROM topic_feeds f JOIN topics t ON t.id = f.topic_id
                          WHERE f.feed_url = p.feed_url AND coalesce(t.guild_id, '') = p.guild_id);
        """, _ => { }, cancellationToken);

    // One statement each, so autocommit is the transaction.
    private async Task<int> ChangeAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Key(NpgsqlCommand command, string guildId, string feedUrl)
    {
        command.AddText("guildId", guildId);
        command.AddText("feedUrl", feedUrl);
    }
}
