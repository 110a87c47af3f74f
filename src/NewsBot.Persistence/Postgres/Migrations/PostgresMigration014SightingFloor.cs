using NewsBot.Persistence.Migrations;

namespace NewsBot.Persistence.Postgres.Migrations;

/// <summary>The twin of <see cref="Migration014SightingFloor"/>: the latest window end a digest has read.</summary>
internal static class PostgresMigration014SightingFloor
{
    public static Migration Migration { get; } = new(14, """
        CREATE TABLE sighting_floor (id integer PRIMARY KEY CHECK (id = 1), at bigint NOT NULL);
        INSERT INTO sighting_floor (id, at) VALUES (1, 0);
        """);
}
