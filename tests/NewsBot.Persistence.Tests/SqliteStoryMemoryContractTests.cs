using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteStoryMemoryContractTests : StoryMemoryContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override StoryMemoryStores Create(TimeProvider clock) =>
        new(new SqliteStoryMemory(_test.Open(), clock), new SqliteOutbox(_test.Open(), clock), new SqliteTopicStore(_test.Open(), clock));
}
