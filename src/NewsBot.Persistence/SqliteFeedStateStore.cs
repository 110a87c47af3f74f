using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

internal sealed class SqliteFeedStateStore(SqliteDatabase database) : IFeedStateStore
{
    public async Task<FeedState?> GetAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT etag, last_modified, consecutive_failures, paused, last_fetched_at, next_poll_at
            FROM feed_state WHERE feed_url = $feedUrl;
            """;
        command.Parameters.AddWithValue("$feedUrl", feedUrl);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new FeedState
        {
            FeedUrl = feedUrl,
            ETag = reader.IsDBNull(0) ? null : reader.GetString(0),
            LastModified = reader.IsDBNull(1) ? null : reader.GetString(1),
            ConsecutiveFailures = reader.GetInt32(2),
            IsPaused = reader.GetBoolean(3),
            LastFetchedAt = ReadTime(reader, 4),
            NextPollAt = ReadTime(reader, 5),
        };
    }

    public Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken) =>
        throw new NotImplementedException("storage helper");

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feed_state (feed_url, etag, last_modified, consecutive_failures, paused, last_fetched_at, next_poll_at)
            VALUES ($feedUrl, $etag, $lastModified, $failures, $paused, $lastFetchedAt, $nextPollAt)
            ON CONFLICT (feed_url) DO UPDATE SET
                etag = excluded.etag,
                last_modified = excluded.last_modified,
                consecutive_failures = excluded.consecutive_failures,
                paused = excluded.paused,
                last_fetched_at = excluded.last_fetched_at,
                next_poll_at = excluded.next_poll_at;
            """;
        command.Parameters.AddWithValue("$feedUrl", state.FeedUrl);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastModified", (object?)state.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$failures", state.ConsecutiveFailures);
        command.Parameters.AddWithValue("$paused", state.IsPaused);
        command.Parameters.AddWithValue("$lastFetchedAt", UnixTime.ToDbValue(state.LastFetchedAt));
        command.Parameters.AddWithValue("$nextPollAt", UnixTime.ToDbValue(state.NextPollAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DateTimeOffset? ReadTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : UnixTime.FromMilliseconds(reader.GetInt64(ordinal));
}
