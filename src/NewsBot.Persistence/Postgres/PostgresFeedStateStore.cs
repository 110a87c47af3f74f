using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Postgres;

internal sealed class PostgresFeedStateStore(PostgresDatabase database) : IFeedStateStore
{
    public async Task<FeedState?> GetAsync(string feedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteFeedStateStore.StateSelect + " WHERE feed_url = @feedUrl;";
        command.AddText("feedUrl", feedUrl);
        var states = await FeedStateRows.ReadAllAsync(command, cancellationToken);
        return states.Count == 0 ? null : states[0];
    }

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // COLLATE "C": byte order, as SQLite sorts text, whatever the database's locale.
        command.CommandText = SqliteFeedStateStore.StateSelect + " ORDER BY feed_url COLLATE \"C\";";
        return await FeedStateRows.ReadAllAsync(command, cancellationToken);
    }

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feed_state (feed_url, etag, last_modified, consecutive_failures, last_fetched_at, next_poll_at,
                                    last_error, last_success_at)
            VALUES (@feedUrl, @etag, @lastModified, @failures, @lastFetchedAt, @nextPollAt, @lastError, @lastSuccessAt)
            ON CONFLICT (feed_url) DO UPDATE SET
                etag = excluded.etag,
                last_modified = excluded.last_modified,
                consecutive_failures = excluded.consecutive_failures,
                last_fetched_at = excluded.last_fetched_at,
                next_poll_at = excluded.next_poll_at,
                last_error = excluded.last_error,
                last_success_at = excluded.last_success_at;
            """;
        command.AddText("feedUrl", state.FeedUrl);
        command.AddText("etag", state.ETag);
        command.AddText("lastModified", state.LastModified);
        command.AddInt("failures", state.ConsecutiveFailures);
        command.AddTime("lastFetchedAt", state.LastFetchedAt);
        command.AddTime("nextPollAt", state.NextPollAt);
        command.AddText("lastError", state.LastError);
        command.AddTime("lastSuccessAt", state.LastSuccessAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
