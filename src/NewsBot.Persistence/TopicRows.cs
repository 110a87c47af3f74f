using System.Data.Common;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Topics;

namespace NewsBot.Persistence;

/// <summary>Reads topics with their feeds, and maps the values the topic tables store.</summary>
internal static class TopicRows
{
    public const string TopicSelect = """
        SELECT t.id, t.name, t.guild_id, t.query, t.channel_id, t.schedule, t.time_zone, t.max_stories, t.language,
               t.origin, t.created_at, t.last_digest_at, t.accent_color, t.tags, t.publish, t.layout, t.locale,
               t.catalog, t.catalog_country, t.catalog_language
        FROM topics t
        """;

    /// <summary>Case-insensitive uniqueness key; computed here because SQLite's lower() only folds ASCII.</summary>
    public static string NameKey(string name) => name.ToLowerInvariant();

    public static string OriginText(TopicOrigin origin) => origin switch
    {
        TopicOrigin.Command => "command",
        TopicOrigin.Configuration => "configuration",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "Unknown topic origin."),
    };

    public static string? LayoutText(DigestLayout? layout) => layout switch
    {
        null => null,
        DigestLayout.Components => "components",
        DigestLayout.Embeds => "embeds",
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown digest layout."),
    };

    // An unknown value (written by a later version) falls back to the global setting rather than failing the read.
    public static DigestLayout? LayoutValue(string text) => text switch
    {
        "components" => DigestLayout.Components,
        "embeds" => DigestLayout.Embeds,
        _ => null,
    };

    /// <summary>
    /// Topics matching <paramref name="where"/> (over alias <c>t</c>) ordered by name, each with its feeds in order.
    /// The same filter selects the feeds, so this is two statements whatever the number of topics.
    /// </summary>
    public static async Task<IReadOnlyList<Topic>> QueryAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var feeds = new Dictionary<long, List<string>>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"""
                SELECT f.topic_id, f.feed_url FROM topic_feeds f
                WHERE f.topic_id IN (SELECT t.id FROM topics t WHERE {where})
                ORDER BY f.topic_id, f.position;
                """;
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
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"{TopicSelect} WHERE {where} ORDER BY t.name_key, coalesce(t.guild_id, ''), t.id;";
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                topics.Add(Read(reader, feeds));
        }
        return topics;
    }

    /// <summary>One row of <see cref="TopicSelect"/>'s columns (PostgreSQL's store selects the same ones).</summary>
    public static Topic Read(DbDataReader reader, Dictionary<long, List<string>> feeds)
    {
        var id = reader.GetInt64(0);
        return new Topic
        {
            Id = id,
            Name = reader.GetString(1),
            GuildId = reader.IsDBNull(2) ? null : reader.GetString(2),
            Query = reader.GetString(3),
            ChannelId = reader.GetString(4),
            Schedule = reader.GetString(5),
            TimeZone = reader.GetString(6),
            MaxStories = reader.GetInt32(7),
            Language = reader.IsDBNull(8) ? null : reader.GetString(8),
            Feeds = feeds.TryGetValue(id, out var list) ? list : [],
            Origin = reader.GetString(9) == "configuration" ? TopicOrigin.Configuration : TopicOrigin.Command,
            CreatedAt = UnixTime.FromMilliseconds(reader.GetInt64(10)),
            LastDigestAt = reader.IsDBNull(11) ? null : UnixTime.FromMilliseconds(reader.GetInt64(11)),
            AccentColor = reader.IsDBNull(12) ? null : reader.GetInt32(12),
            Tags = TopicTags.Read(reader.GetString(13)),
            Publish = reader.GetBoolean(14),
            Layout = reader.IsDBNull(15) ? null : LayoutValue(reader.GetString(15)),
            Locale = reader.IsDBNull(16) ? null : reader.GetString(16),
            Catalog = reader.GetBoolean(17)
                ? new CatalogSources(reader.IsDBNull(18) ? null : reader.GetString(18), reader.IsDBNull(19) ? null : reader.GetString(19))
                : null,
        };
    }
}
