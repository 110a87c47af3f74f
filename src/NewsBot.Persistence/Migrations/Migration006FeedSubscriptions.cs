namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Pauses move from the feed (shared by every server that follows it) to each server's subscription, so one server's
/// moderator can no longer stop, restart or un-pause another server's feed. Which subscriptions exist still comes from
/// the topics (a server follows a feed when one of its topics lists it); only their pauses are stored. A feed paused
/// before the upgrade stays paused for every server that followed it, with the failure it was paused for.
/// </summary>
internal static class Migration006FeedSubscriptions
{
    public static Migration Migration { get; } = new(6, """
        CREATE TABLE feed_subscription_pauses (
            -- '' for settings topics without a server, as the topics' unique index does.
            guild_id TEXT NOT NULL,
            feed_url TEXT NOT NULL,
            paused_at INTEGER NOT NULL,
            -- The failure behind an automatic pause; NULL when a moderator paused it.
            reason TEXT,
            -- The moderator's user id; NULL for an automatic pause.
            paused_by TEXT,
            PRIMARY KEY (guild_id, feed_url)
        );

        INSERT INTO feed_subscription_pauses (guild_id, feed_url, paused_at, reason, paused_by)
        SELECT DISTINCT coalesce(t.guild_id, ''), s.feed_url, coalesce(s.last_fetched_at, 0),
            CASE WHEN s.consecutive_failures > 0 THEN coalesce(s.last_error, 'repeated failures') END,
            CASE WHEN s.consecutive_failures > 0 THEN NULL ELSE 'before the upgrade' END
        FROM feed_state s
        JOIN topic_feeds f ON f.feed_url = s.feed_url
        JOIN topics t ON t.id = f.topic_id
        WHERE s.paused = 1;

        -- The column stays (SQLite drops columns only by rebuilding the table) but is no longer read or written.
        UPDATE feed_state SET paused = 0;
        """);
}
