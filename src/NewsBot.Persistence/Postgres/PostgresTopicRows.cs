using NewsBot.Core.Topics;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>Reads topics with their feeds, as <see cref="TopicRows"/> does on SQLite (same columns, same order).</summary>
internal static class PostgresTopicRows
{
    /// <summary>Topics matching <paramref name="where"/> (over alias <c>t</c>) ordered by name, each with its feeds in order.</summary>
    public static async Task<IReadOnlyList<Topic>> QueryAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string where, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        var feeds = new Dictionary<long, List<string>>();
        await using (var command = new NpgsqlCommand($"""
            SELECT f.topic_id, f.feed_url FROM topic_feeds f
            WHERE f.topic_id IN (SELECT t.id FROM topics t WHERE {where})
            ORDER BY f.topic_id, f.position;
            """, connection, transaction))
        {
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var topicId = reader.GetInt64(0);
                if (!feeds.TryGetValue(topicId, out var list))
                    feeds[topicId] = list = [];
                list.Add(reader.GetString(1));
            }
        }

        var topics = new List<Topic>();
        // COLLATE "C": byte order, as SQLite sorts text, whatever the database's locale.
        await using (var command = new NpgsqlCommand(
            $"{TopicRows.TopicSelect} WHERE {where} ORDER BY t.name_key COLLATE \"C\", coalesce(t.guild_id, '') COLLATE \"C\", t.id;",
            connection, transaction))
        {
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                topics.Add(TopicRows.Read(reader, feeds));
        }
        return topics;
    }
}
