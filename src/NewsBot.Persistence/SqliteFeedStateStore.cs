using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

internal sealed class SqliteFeedStateStore(SqliteDatabase database) : IFeedStateStore
{
    internal const string StateSelect = """
        SELECT feed_url, etag, last_modified, consecutive_failures, last_fetched_at, next_poll_at,
               last_error, last_success_at
        FROM feed_state
        """;

    public async Task<FeedState?> GetAsync(string feedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = StateSelect + " WHERE feed_url = $feedUrl;";
        command.Parameters.AddWithValue("$feedUrl", feedUrl);
        var states = await FeedStateRows.ReadAllAsync(command, cancellationToken);
        return states.Count == 0 ? null : states[0];
    }

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = StateSelect + " ORDER BY feed_url;";
        return await FeedStateRows.ReadAllAsync(command, cancellationToken);
    }

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.CreateCommand("""
            INSERT INTO feed_state (feed_url, etag, last_modified, consecutive_failures, last_fetched_at, next_poll_at,
                                    last_error, last_success_at)
            VALUES ($feedUrl, $etag, $lastModified, $failures, $lastFetchedAt, $nextPollAt, $lastError, $lastSuccessAt)
            ON CONFLICT (feed_url) DO UPDATE SET
                etag = excluded.etag,
                last_modified = excluded.last_modified,
                consecutive_failures = excluded.consecutive_failures,
                last_fetched_at = excluded.last_fetched_at,
                next_poll_at = excluded.next_poll_at,
                last_error = excluded.last_error,
                last_success_at = excluded.last_success_at;
            """);
        command.Parameters.AddWithValue("$feedUrl", state.FeedUrl);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastModified", (object?)state.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$failures", state.ConsecutiveFailures);
        command.Parameters.AddWithValue("$lastFetchedAt", UnixTime.ToDbValue(state.LastFetchedAt));
        command.Parameters.AddWithValue("$nextPollAt", UnixTime.ToDbValue(state.NextPollAt));
        command.Parameters.AddWithValue("$lastError", (object?)state.LastError ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastSuccessAt", UnixTime.ToDbValue(state.LastSuccessAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
    }
}
