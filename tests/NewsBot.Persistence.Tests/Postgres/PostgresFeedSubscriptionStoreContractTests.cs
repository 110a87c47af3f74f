using NewsBot.Core.Storage;
using NewsBot.Testing.Stores;

namespace NewsBot.Persistence.Tests.Postgres;

public sealed class PostgresFeedSubscriptionStoreContractTests : FeedSubscriptionStoreContract, IDisposable
{
    private TestPostgresDatabase? _test;

    public void Dispose() => _test?.Dispose();

    protected override (IFeedSubscriptionStore Subscriptions, ITopicStore Topics) CreateStores()
    {
        _test ??= new();
        return (_test.FeedSubscriptions(), _test.Topics());
    }
}
