using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Discovery;
using NewsBot.Ingestion.Tests.Http;

namespace NewsBot.Ingestion.Tests.Discovery;

/// <summary>The real registration (guarded fetcher, parser, discoverer) over in-memory settings.</summary>
internal static class DiscoveryHarness
{
    /// <summary>Loopback (127.0.0.1) is allowed as a trusted network; every other private address stays refused.</summary>
    public static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Fetching:RetryBaseDelayMilliseconds"] = "1",
            ["Fetching:MaxRetries"] = "0",
            ["Fetching:AllowedNetworks:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in settings)
            values[key] = value;
        return FetcherHarness.BuildServices(values);
    }

    public static Task<DiscoveryResult> DiscoverAsync(this ServiceProvider services, Uri page) =>
        services.GetRequiredService<FeedDiscoverer>().DiscoverAsync(page, TestContext.Current.CancellationToken);
}
