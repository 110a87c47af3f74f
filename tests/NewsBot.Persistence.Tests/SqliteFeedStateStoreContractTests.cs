using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteFeedStateStoreContractTests : FeedStateStoreContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override IFeedStateStore CreateStore() => _test.FeedStates();
}
