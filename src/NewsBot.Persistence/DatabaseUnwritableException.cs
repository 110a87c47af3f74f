namespace NewsBot.Persistence;

/// <summary>
/// The database (or its folder) cannot be written: a read-only file, folder, disk or mount, or a PostgreSQL server that
/// cannot be reached or refuses the login. Raised at start-up, so the bot stops with one line instead of starting and then
/// failing every poll and digest.
/// </summary>
public sealed class DatabaseUnwritableException : Exception
{
    public DatabaseUnwritableException()
    {
    }

    public DatabaseUnwritableException(string message)
        : base(message)
    {
    }

    public DatabaseUnwritableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static DatabaseUnwritableException For(string filePath, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var reason = cause.Message.TrimEnd('.', ' ');
        return new DatabaseUnwritableException(
            $"the database {filePath} cannot be written ({reason}): NewsBot needs to write the file and its folder (Storage:DataDirectory)",
            cause);
    }
}
