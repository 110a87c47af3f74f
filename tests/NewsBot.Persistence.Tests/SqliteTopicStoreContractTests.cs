using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteTopicStoreContractTests : TopicStoreContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override ITopicStore CreateStore() => _test.Topics();
}
