using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresFeedStateStoreContractTests : FeedStateStoreContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override IFeedStateStore CreateStore() => (_test ??= new()).FeedStates();
}
