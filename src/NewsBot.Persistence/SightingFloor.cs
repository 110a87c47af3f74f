using System.Globalization;

namespace NewsBot.Persistence;

/// <summary>
/// Keeps every sighting stamp at or after the latest window end a digest has read. Stamps are taken and the floor is
/// raised only while holding the write turn, so a sighting is either committed before a window is read or stamped
/// into a later window: never stamped inside a window that was read without it.
/// </summary>
internal static class SightingFloor
{
    /// <summary>The stamp for this write's sightings: now, or the floor when a read window already ends later.</summary>
    public static async Task<DateTimeOffset> StampAsync(WriteTransaction write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("SELECT at FROM sighting_floor WHERE id = 1;");
        var floor = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return UnixTime.ToMilliseconds(now) >= floor ? now : DateTimeOffset.FromUnixTimeMilliseconds(floor);
    }

    /// <summary>
    /// Waits for the write in progress (whose stamps may fall before <paramref name="until"/>) and raises the floor, so
    /// that what a read of the window then misses is stamped at <paramref name="until"/> or later.
    /// </summary>
    public static async Task RaiseAsync(SqliteDatabase database, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var command = write.CreateCommand("UPDATE sighting_floor SET at = max(at, $until) WHERE id = 1;"))
        {
            command.Parameters.AddWithValue("$until", UnixTime.ToWindowBound(until));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await write.CommitAsync(cancellationToken);
    }
}
