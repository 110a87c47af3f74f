using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsBot.Persistence.Migrations;

namespace NewsBot.Persistence;

/// <summary>Opens connections to the database file, creating and migrating it on first use.</summary>
internal sealed class SqliteDatabase : IStorageDatabase, IDisposable
{
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly SemaphoreSlim _writeTurn = new(1, 1);
    private readonly string _writerConnectionString;
    private SqliteConnection? _writer;
    private readonly int _busyTimeoutMilliseconds;
    private volatile bool _initialized;

    /// <param name="mode">Tests open a database read-only to see it refused at start-up; the bot always reads and writes.</param>
    public SqliteDatabase(IOptions<StorageOptions> options, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var storage = options.Value;
        DataDirectory = Path.GetFullPath(storage.DataDirectory);
        FilePath = Path.Combine(DataDirectory, StorageOptions.DatabaseFileName);
        _busyTimeoutMilliseconds = storage.BusyTimeoutMilliseconds;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = mode,
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries a busy statement on its own until this many seconds have passed (30 by
            // default), after SQLite's busy_timeout has already waited: the setting would not be the real wait. One
            // second (the least it takes; 0 means for ever) ends its loop as soon as busy_timeout has run out.
            DefaultTimeout = 1,
        }.ToString();
        // Kept open for the life of this instance, so it need not be pooled; unpooled, disposing it closes the file.
        _writerConnectionString = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString();
    }

    public string DataDirectory { get; }
    public string FilePath { get; }
    public string ConnectionString { get; }

    public string Description => FilePath;

    /// <summary>Creates the folder and file, switches to WAL and applies pending migrations. Safe to call repeatedly.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
            return;
        await _initialization.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
                return;
            await CreateAndMigrateAsync(cancellationToken);
            _initialized = true;
        }
        catch (Exception e) when (IsUnwritable(e))
        {
            throw DatabaseUnwritableException.For(FilePath, e);
        }
        finally
        {
            _initialization.Release();
        }
    }

    private async Task CreateAndMigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        await using var connection = await OpenRawAsync(ConnectionString, cancellationToken);
        // WAL is a property of the file, so setting it once here is enough for every later connection.
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
        await SchemaMigrator.MigrateAsync(connection, cancellationToken);
        await ProbeWriteAsync(connection, cancellationToken);
    }

    /// <summary>
    /// A migrated database needs no write to start, so a read-only one would start and then fail every poll: one
    /// write (the header's user_version, set to itself and rolled back) finds out now.
    /// </summary>
    private static async Task ProbeWriteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA user_version = {version:D};";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }

    /// <summary>SQLITE_READONLY, SQLITE_CANTOPEN, or a folder that cannot be created.</summary>
    private static bool IsUnwritable(Exception e) =>
        e is SqliteException { SqliteErrorCode: 8 or 14 } or UnauthorizedAccessException or IOException;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenRawAsync(ConnectionString, cancellationToken);
    }

    /// <summary>
    /// Begins an immediate (write-locking) transaction on this process's writer connection once earlier writers are done.
    /// Writers of one process queue here instead of on SQLite's lock: SQLite's busy handler polls with growing sleeps
    /// (up to 100 ms), which leaves the lock idle and, with many writers, can starve one past busy_timeout into
    /// SQLITE_BUSY. busy_timeout still covers writers in other processes. One long-lived writer connection also keeps
    /// its page cache warm: SQLite drops a connection's cache whenever another connection has written.
    /// </summary>
    public async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await _writeTurn.WaitAsync(cancellationToken);
        try
        {
            _writer ??= await OpenRawAsync(_writerConnectionString, cancellationToken);
            var transaction = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken);
            return new WriteTransaction(this, _writer, transaction);
        }
        catch
        {
            _writeTurn.Release();
            throw;
        }
    }

    /// <summary>Rolls back what was not committed and passes the write turn on; called by <see cref="WriteTransaction"/>.</summary>
    internal async ValueTask EndWriteAsync(SqliteTransaction transaction)
    {
        try
        {
            await transaction.DisposeAsync();
        }
        catch
        {
            // A writer connection whose rollback failed is in an unknown state: the next writer opens a fresh one.
            if (_writer is not null)
                await _writer.DisposeAsync();
            _writer = null;
            throw;
        }
        finally
        {
            _writeTurn.Release();
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _initialization.Dispose();
        _writeTurn.Dispose();
    }

    private async Task<SqliteConnection> OpenRawAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Both pragmas are per connection, so they are set on every open (one round trip); the timeout is validated as an integer by the options.
            // busy_timeout lets concurrent writers wait for the write lock instead of failing with SQLITE_BUSY.
            // synchronous = NORMAL: in WAL mode a commit then skips the fsync (the WAL is synced at checkpoints), which
            // makes a small write transaction several times cheaper. The file stays consistent; a power cut (not a crash)
            // can lose the last commits: the poller fetches those articles again, and message nonces stop a re-sent digest.
            await ExecuteAsync(
                connection,
                $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds:D}; PRAGMA synchronous = NORMAL;",
                cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
