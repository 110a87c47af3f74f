using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Fakes;

/// <summary>The fake feed-state store keeps the promises the SQLite store keeps (the same contract runs in NewsBot.Persistence.Tests).</summary>
public sealed class InMemoryFeedStateStoreContractTests : FeedStateStoreContract
{
    protected override IFeedStateStore CreateStore() => new InMemoryFeedStateStore();
}
