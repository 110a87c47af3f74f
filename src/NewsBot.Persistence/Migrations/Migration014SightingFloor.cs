namespace NewsBot.Persistence.Migrations;

/// <summary>
/// The sighting floor: the latest window end a digest has read. A sighting is stamped no earlier than it, so a write
/// whose clock reads earlier than a window already read (a clock stepped back, a slower instance) lands in the next
/// window instead of none.
/// </summary>
internal static class Migration014SightingFloor
{
    public static Migration Migration { get; } = new(14, """
        CREATE TABLE sighting_floor (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL);
        INSERT INTO sighting_floor (id, at) VALUES (1, 0);
        """);
}
