using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteFeedSubscriptionStoreContractTests : FeedSubscriptionStoreContract, IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    protected override (IFeedSubscriptionStore Subscriptions, ITopicStore Topics) CreateStores() => (_test.FeedSubscriptions(), _test.Topics());
}
