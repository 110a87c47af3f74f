using System.Globalization;

namespace NewsBot.Persistence.Postgres;

/// <summary>
/// The twin of <see cref="SightingFloor"/> across instances: writers of sightings share one advisory lock, and a window
/// read takes it alone (waiting for every instance's write in progress) to raise the floor, so no stamp can fall inside a
/// window already read, whatever the writer's clock says.
/// </summary>
internal static class PostgresSightingFloor
{
    private const string Scope = "newsbot.sightings";
    private const string Key = "floor";

    /// <summary>
    /// Joins the writers (before any other lock of the transaction, so a window read waiting for them cannot deadlock)
    /// and returns the stamp for this write's sightings: now, or the floor when a read window already ends later.
    /// </summary>
    public static async Task<DateTimeOffset> StampAsync(PostgresWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await write.LockSharedAsync(Scope, Key, cancellationToken);
        // A statement of its own: under READ COMMITTED it reads the floor as of after the lock was granted.
        await using var command = write.CreateCommand("SELECT at FROM sighting_floor WHERE id = 1;");
        var floor = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return now.ToUnixTimeMilliseconds() >= floor ? now : DateTimeOffset.FromUnixTimeMilliseconds(floor);
    }

    /// <summary>Waits for every write in progress, then raises the floor to <paramref name="until"/>.</summary>
    public static async Task RaiseAsync(PostgresDatabase database, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await write.LockAsync(Scope, Key, cancellationToken);
        await using (var command = write.CreateCommand("UPDATE sighting_floor SET at = greatest(at, @until) WHERE id = 1;"))
        {
            command.AddWindowBound("until", until);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await write.CommitAsync(cancellationToken);
    }
}
