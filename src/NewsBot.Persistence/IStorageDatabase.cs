namespace NewsBot.Persistence;

/// <summary>The database of the configured provider, as start-up sees it: created and migrated, and named in the log.</summary>
internal interface IStorageDatabase
{
    /// <summary>Where the data lives (a file path, or a PostgreSQL host and database), never a password.</summary>
    string Description { get; }

    Task InitializeAsync(CancellationToken cancellationToken);
}
