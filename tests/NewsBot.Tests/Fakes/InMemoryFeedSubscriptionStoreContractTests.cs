using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Fakes;

/// <summary>The fake subscription store keeps the promises the SQLite store keeps (the same contract runs in NewsBot.Persistence.Tests).</summary>
public sealed class InMemoryFeedSubscriptionStoreContractTests : FeedSubscriptionStoreContract
{
    protected override (IFeedSubscriptionStore Subscriptions, ITopicStore Topics) CreateStores()
    {
        var topics = new InMemoryTopicStore();
        return (new InMemoryFeedSubscriptionStore(topics), topics);
    }
}
