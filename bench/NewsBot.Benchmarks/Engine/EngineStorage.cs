using System.Globalization;
using NewsBot.Benchmarks.Storage;
using Npgsql;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// Where the engine run stores: a fresh SQLite folder, or (<c>--provider postgres</c>) a fresh schema on the server
/// <c>NEWSBOT_TEST_POSTGRES</c> names (<c>source .ci/postgres</c>), dropped afterwards.
/// </summary>
internal sealed class EngineStorage : IDisposable
{
    private readonly string? _server;
    private readonly string _schema = string.Create(CultureInfo.InvariantCulture, $"bench_engine_{Environment.ProcessId}");

    public EngineStorage(string provider, string dataDirectory)
    {
        Settings = new() { ["Storage:Provider"] = provider, ["Storage:DataDirectory"] = dataDirectory };
        if (provider != "postgres")
            return;
        _server = Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new ArgumentException("--provider postgres needs NEWSBOT_TEST_POSTGRES (source .ci/postgres)");
        Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE; CREATE SCHEMA {_schema};");
        Settings["ConnectionStrings:NewsBot"] = new NpgsqlConnectionStringBuilder(_server) { SearchPath = $"{_schema},public" }.ToString();
    }

    public Dictionary<string, string?> Settings { get; }

    public void Dispose()
    {
        if (_server is not null)
            Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE;");
    }

    private void Execute(string sql) => StorageBenchmark.ExecuteOnServer(_server!, sql);
}
