using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Fakes;

/// <summary>The fake topic store keeps the promises the SQLite store keeps (the same contract runs in NewsBot.Persistence.Tests).</summary>
public sealed class InMemoryTopicStoreContractTests : TopicStoreContract
{
    protected override ITopicStore CreateStore() => new InMemoryTopicStore();
}
