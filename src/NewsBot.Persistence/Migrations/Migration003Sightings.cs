namespace NewsBot.Persistence.Migrations;

/// <summary>
/// Digests list articles by which feeds carried them (seen_items), not by which feed stored them (articles.feed_url):
/// one article per URL must still reach every topic whose feeds list it.
/// </summary>
internal static class Migration003Sightings
{
    public static Migration Migration { get; } = new(3, """
        -- A feed's backlog sighting marks the item seen without bringing its article to that feed's digests.
        ALTER TABLE seen_items ADD COLUMN backfill INTEGER NOT NULL DEFAULT 0;
        -- A digest window reads a few feeds' sightings over a short time range.
        CREATE INDEX ix_seen_items_feed_url_seen_at ON seen_items (feed_url, seen_at);
        """);
}
