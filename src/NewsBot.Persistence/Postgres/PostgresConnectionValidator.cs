using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>
/// With <c>Storage:Provider</c> = postgres, <c>ConnectionStrings:NewsBot</c> must be a PostgreSQL connection string:
/// checked at start-up, one line naming the setting, before anything connects.
/// </summary>
public sealed class PostgresConnectionValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    private const string Key = "ConnectionStrings:" + PostgresDatabase.ConnectionStringName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UsesPostgres)
            return ValidateOptionsResult.Success;
        return Problem(configuration.GetConnectionString(PostgresDatabase.ConnectionStringName)) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
    }

    /// <summary>The same check straight from the settings, for a command that registers no storage but checks every setting.</summary>
    public static string? Problem(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"];
        return new StorageOptions { Provider = provider ?? StorageOptions.Sqlite }.UsesPostgres
            ? Problem(configuration.GetConnectionString(PostgresDatabase.ConnectionStringName))
            : null;
    }

    internal static string? Problem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return $"{Key}: is required when Storage:Provider is postgres (e.g. \"Host=db;Database=newsbot;Username=newsbot;Password=…\")";
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? $"{Key}: names no Host" : null;
        }
        catch (ArgumentException e)
        {
            // The message names the keyword, never the value, so no password reaches the console.
            return $"{Key}: is not a PostgreSQL connection string ({e.Message.TrimEnd('.')})";
        }
    }
}
