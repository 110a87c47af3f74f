using System.Data.Common;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>Maps feed_state rows (feed_url, etag, last_modified, consecutive_failures, last_fetched_at, next_poll_at, last_error, last_success_at) back to states, for both providers.</summary>
internal static class FeedStateRows
{
    public static async Task<IReadOnlyList<FeedState>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var states = new List<FeedState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            states.Add(new FeedState
            {
                FeedUrl = reader.GetString(0),
                ETag = ReadText(reader, 1),
                LastModified = ReadText(reader, 2),
                ConsecutiveFailures = reader.GetInt32(3),
                LastFetchedAt = ReadTime(reader, 4),
                NextPollAt = ReadTime(reader, 5),
                LastError = ReadText(reader, 6),
                LastSuccessAt = ReadTime(reader, 7),
            });
        }
        return states;
    }

    private static string? ReadText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : UnixTime.FromMilliseconds(reader.GetInt64(ordinal));
}
