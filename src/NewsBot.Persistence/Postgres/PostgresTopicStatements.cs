using NewsBot.Core.Topics;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>The write statements of the PostgreSQL topic store; each runs inside the caller's transaction.</summary>
internal static class PostgresTopicStatements
{
    /// <summary>Sets the topic's last digest time; never moves it backwards (the row lock makes two writers agree).</summary>
    public static async Task MarkDigestedAsync(PostgresWrite write, long id, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            UPDATE topics SET last_digest_at = @windowEnd
            WHERE id = @id AND (last_digest_at IS NULL OR last_digest_at < @windowEnd);
            """);
        command.AddLong("id", id);
        command.AddWindowBound("windowEnd", windowEnd);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<bool> NameTakenAsync(PostgresWrite write, Topic topic, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            SELECT EXISTS (
                SELECT 1 FROM topics
                WHERE coalesce(guild_id, '') = coalesce(@guildId, '') AND name_key = @nameKey AND id <> @id);
            """);
        command.AddText("guildId", topic.GuildId);
        command.AddText("nameKey", TopicRows.NameKey(topic.Name));
        command.AddLong("id", topic.Id);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<long> InsertAsync(PostgresWrite write, Topic topic, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            INSERT INTO topics (name, name_key, guild_id, query, channel_id, schedule, time_zone, max_stories, language,
                                origin, created_at, last_digest_at, accent_color, tags, publish, layout, locale,
                                catalog, catalog_country, catalog_language)
            VALUES (@name, @nameKey, @guildId, @query, @channelId, @schedule, @timeZone, @maxStories, @language,
                    @origin, @createdAt, @lastDigestAt, @accentColor, @tags, @publish, @layout, @locale,
                    @catalog, @catalogCountry, @catalogLanguage)
            RETURNING id;
            """);
        AddFields(command, topic);
        command.AddTime("createdAt", createdAt);
        command.AddTime("lastDigestAt", topic.LastDigestAt);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Updates what a moderator or the configuration can change (see <see cref="TopicStatements.UpdateAsync"/>).</summary>
    public static async Task<bool> UpdateAsync(PostgresWrite write, Topic topic, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            UPDATE topics SET name = @name, name_key = @nameKey, guild_id = @guildId, query = @query, channel_id = @channelId,
                              schedule = @schedule, time_zone = @timeZone, max_stories = @maxStories, language = @language,
                              origin = @origin, accent_color = @accentColor, tags = @tags, publish = @publish, layout = @layout, locale = @locale,
                              catalog = @catalog, catalog_country = @catalogCountry, catalog_language = @catalogLanguage
            WHERE id = @id;
            """);
        AddFields(command, topic);
        command.AddLong("id", topic.Id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Replaces the topic's feeds in one statement, keeping their order and the first of any repeated URL.</summary>
    public static async Task ReplaceFeedsAsync(PostgresWrite write, long topicId, IEnumerable<string> feeds, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            DELETE FROM topic_feeds WHERE topic_id = @topicId;
            INSERT INTO topic_feeds (topic_id, position, feed_url)
            SELECT @topicId, f.position - 1, f.url FROM unnest(@feeds) WITH ORDINALITY AS f (url, position);
            """);
        command.AddLong("topicId", topicId);
        command.AddTextArray("feeds", feeds.Distinct(StringComparer.Ordinal));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task AppendChangeAsync(
        PostgresWrite write, long topicId, string topicName, string actor, string action, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            INSERT INTO topic_changes (topic_id, topic_name, actor, action, at) VALUES (@topicId, @topicName, @actor, @action, @at);
            """);
        command.AddLong("topicId", topicId);
        command.AddText("topicName", topicName);
        command.AddText("actor", actor);
        command.AddText("action", action);
        command.AddTime("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddFields(NpgsqlCommand command, Topic topic)
    {
        command.AddText("name", topic.Name);
        command.AddText("nameKey", TopicRows.NameKey(topic.Name));
        command.AddText("guildId", topic.GuildId);
        command.AddText("query", topic.Query);
        command.AddText("channelId", topic.ChannelId);
        command.AddText("schedule", topic.Schedule);
        command.AddText("timeZone", topic.TimeZone);
        command.AddInt("maxStories", topic.MaxStories);
        command.AddText("language", topic.Language);
        command.AddText("origin", TopicRows.OriginText(topic.Origin));
        command.AddInt("accentColor", topic.AccentColor);
        command.AddText("tags", TopicTags.Write(topic.Tags));
        command.AddBool("publish", topic.Publish);
        command.AddText("layout", TopicRows.LayoutText(topic.Layout));
        command.AddText("locale", topic.Locale);
        command.AddBool("catalog", topic.Catalog is not null);
        command.AddText("catalogCountry", topic.Catalog?.Country);
        command.AddText("catalogLanguage", topic.Catalog?.Language);
    }
}
