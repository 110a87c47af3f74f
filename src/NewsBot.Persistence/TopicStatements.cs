using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Topics;

namespace NewsBot.Persistence;

/// <summary>The write statements of the topic store; each runs inside the caller's write transaction.</summary>
internal static class TopicStatements
{
    /// <summary>Sets the topic's last digest time; never moves it backwards.</summary>
    public static async Task MarkDigestedAsync(WriteTransaction write, long id, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            UPDATE topics SET last_digest_at = $windowEnd
            WHERE id = $id AND (last_digest_at IS NULL OR last_digest_at < $windowEnd);
            """);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$windowEnd", UnixTime.ToWindowBound(windowEnd));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<bool> NameTakenAsync(WriteTransaction write, Topic topic, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            SELECT EXISTS (
                SELECT 1 FROM topics
                WHERE coalesce(guild_id, '') = coalesce($guildId, '') AND name_key = $nameKey AND id <> $id);
            """);
        command.Parameters.AddWithValue("$guildId", (object?)topic.GuildId ?? DBNull.Value);
        command.Parameters.AddWithValue("$nameKey", TopicRows.NameKey(topic.Name));
        command.Parameters.AddWithValue("$id", topic.Id);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public static async Task<long> InsertAsync(
        WriteTransaction write, Topic topic, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            INSERT INTO topics (name, name_key, guild_id, query, channel_id, schedule, time_zone, max_stories, language,
                                origin, created_at, last_digest_at, accent_color, tags, publish, layout, locale,
                                catalog, catalog_country, catalog_language)
            VALUES ($name, $nameKey, $guildId, $query, $channelId, $schedule, $timeZone, $maxStories, $language,
                    $origin, $createdAt, $lastDigestAt, $accentColor, $tags, $publish, $layout, $locale,
                    $catalog, $catalogCountry, $catalogLanguage)
            RETURNING id;
            """);
        AddFields(command, topic);
        command.Parameters.AddWithValue("$createdAt", UnixTime.ToMilliseconds(createdAt));
        command.Parameters.AddWithValue("$lastDigestAt", UnixTime.ToDbValue(topic.LastDigestAt));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Updates what a moderator or the configuration can change. <c>created_at</c> stays, and <c>last_digest_at</c>
    /// is left to MarkDigested so saving a topic read before a digest cannot move it backwards. False when no such topic.
    /// </summary>
    public static async Task<bool> UpdateAsync(WriteTransaction write, Topic topic, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            UPDATE topics SET name = $name, name_key = $nameKey, guild_id = $guildId, query = $query, channel_id = $channelId,
                              schedule = $schedule, time_zone = $timeZone, max_stories = $maxStories, language = $language,
                              origin = $origin, accent_color = $accentColor, tags = $tags, publish = $publish, layout = $layout, locale = $locale,
                              catalog = $catalog, catalog_country = $catalogCountry, catalog_language = $catalogLanguage
            WHERE id = $id;
            """);
        AddFields(command, topic);
        command.Parameters.AddWithValue("$id", topic.Id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Replaces the topic's feeds, keeping their order and the first of any repeated URL.</summary>
    public static async Task ReplaceFeedsAsync(
        WriteTransaction write, long topicId, IEnumerable<string> feeds, CancellationToken cancellationToken)
    {
        await using (var delete = write.CreateCommand("DELETE FROM topic_feeds WHERE topic_id = $topicId;"))
        {
            delete.Parameters.AddWithValue("$topicId", topicId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = write.CreateCommand(
            "INSERT INTO topic_feeds (topic_id, position, feed_url) VALUES ($topicId, $position, $feedUrl);");
        insert.Parameters.AddWithValue("$topicId", topicId);
        var position = insert.Parameters.Add("$position", SqliteType.Integer);
        var feedUrl = insert.Parameters.Add("$feedUrl", SqliteType.Text);
        var index = 0;
        foreach (var url in feeds.Distinct(StringComparer.Ordinal))
        {
            position.Value = index++;
            feedUrl.Value = url;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task AppendChangeAsync(
        WriteTransaction write, long topicId, string topicName, string actor, string action,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            INSERT INTO topic_changes (topic_id, topic_name, actor, action, at) VALUES ($topicId, $topicName, $actor, $action, $at);
            """);
        command.Parameters.AddWithValue("$topicId", topicId);
        command.Parameters.AddWithValue("$topicName", topicName);
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$at", UnixTime.ToMilliseconds(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddFields(SqliteCommand command, Topic topic)
    {
        command.Parameters.AddWithValue("$name", topic.Name);
        command.Parameters.AddWithValue("$nameKey", TopicRows.NameKey(topic.Name));
        command.Parameters.AddWithValue("$guildId", (object?)topic.GuildId ?? DBNull.Value);
        command.Parameters.AddWithValue("$query", topic.Query);
        command.Parameters.AddWithValue("$channelId", topic.ChannelId);
        command.Parameters.AddWithValue("$schedule", topic.Schedule);
        command.Parameters.AddWithValue("$timeZone", topic.TimeZone);
        command.Parameters.AddWithValue("$maxStories", topic.MaxStories);
        command.Parameters.AddWithValue("$language", (object?)topic.Language ?? DBNull.Value);
        command.Parameters.AddWithValue("$origin", TopicRows.OriginText(topic.Origin));
        command.Parameters.AddWithValue("$accentColor", (object?)topic.AccentColor ?? DBNull.Value);
        command.Parameters.AddWithValue("$tags", TopicTags.Write(topic.Tags));
        command.Parameters.AddWithValue("$publish", topic.Publish ? 1 : 0);
        command.Parameters.AddWithValue("$layout", (object?)TopicRows.LayoutText(topic.Layout) ?? DBNull.Value);
        command.Parameters.AddWithValue("$locale", (object?)topic.Locale ?? DBNull.Value);
        command.Parameters.AddWithValue("$catalog", topic.Catalog is null ? 0 : 1);
        command.Parameters.AddWithValue("$catalogCountry", (object?)topic.Catalog?.Country ?? DBNull.Value);
        command.Parameters.AddWithValue("$catalogLanguage", (object?)topic.Catalog?.Language ?? DBNull.Value);
    }
}
