using NewsBot.Persistence.Postgres;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresStoryMemoryContractTests : StoryMemoryContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override StoryMemoryStores Create(TimeProvider clock)
    {
        _test ??= new();
        return new(new PostgresStoryMemory(_test.Open(), clock), new PostgresOutbox(_test.Open(), clock), new PostgresTopicStore(_test.Open(), clock));
    }
}
