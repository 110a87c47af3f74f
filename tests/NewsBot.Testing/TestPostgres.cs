using Xunit;

namespace NewsBot.Testing;

/// <summary>
/// The PostgreSQL server the storage tests run against: the connection string in <c>NEWSBOT_TEST_POSTGRES</c>, which
/// <c>source .ci/postgres</c> exports for a throwaway cluster. On CI a missing server fails the PostgreSQL tests, elsewhere
/// they skip with a message, as the corpus guards do with <see cref="TestPaths"/>.
/// </summary>
public static class TestPostgres
{
    public const string VariableName = "NEWSBOT_TEST_POSTGRES";

    /// <summary>The connection string, or null when none is configured.</summary>
    public static string? ConfiguredConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string; skips the calling test when none is configured, or fails it on CI.</summary>
    /// <exception cref="InvalidOperationException">On CI no server is configured: the PostgreSQL tests must run there, not skip.</exception>
    public static string ConnectionString() => ConnectionString(failWhenMissing: TestPaths.OnCi);

    /// <param name="failWhenMissing">Throw rather than skip (CI, where a skipped storage test would pass silently).</param>
    public static string ConnectionString(bool failWhenMissing)
    {
        if (ConfiguredConnectionString is { } connectionString)
            return connectionString;
        if (failWhenMissing)
            throw new InvalidOperationException($"{VariableName} is not set: on CI the PostgreSQL storage tests must run, not skip (.ci/run sources .ci/postgres, which starts a server).");
        Assert.Skip($"No PostgreSQL configured: set {VariableName} to a connection string, or run `source .ci/postgres` first (see README, Tests).");
        return "";
    }
}
