using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Http;

/// <summary>
/// The real DI registration (AddNewsBotIngestion) over an in-memory "Fetching" section, so tests exercise the real
/// pipeline. Retry backoff is 1 ms unless a test says otherwise.
/// </summary>
internal sealed class FetcherHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FetcherHarness(ServiceProvider services) => _services = services;

    public IWebFetcher Fetcher => _services.GetRequiredService<IWebFetcher>();

    public static FetcherHarness Create(IHostResolver? resolver = null, params (string Key, string Value)[] settings) =>
        Create(resolver, null, settings);

    /// <param name="clock">The clock the resilience pipeline (timeouts, retry delays) runs on; the real one when null.</param>
    public static FetcherHarness Create(IHostResolver? resolver, TimeProvider? clock, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Fetching:RetryBaseDelayMilliseconds"] = "1" };
        foreach (var (key, value) in settings)
            values[$"Fetching:{key}"] = value;
        return new FetcherHarness(BuildServices(values, resolver, clock));
    }

    /// <summary>Loopback servers are private addresses, so most tests lift the guard.</summary>
    public static FetcherHarness AllowingLoopback(params (string Key, string Value)[] settings) =>
        Create(null, [("AllowPrivateAddresses", "true"), .. settings]);

    public static ServiceProvider BuildServices(Dictionary<string, string?> values, IHostResolver? resolver = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
            services.AddSingleton(clock);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        if (resolver is not null)
            services.AddSingleton(resolver);
        services.AddNewsBotIngestion();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional = null) =>
        Fetcher.FetchAsync(uri, conditional, TestContext.Current.CancellationToken);

    public async Task<FetchException> FetchFailsAsync(Uri uri) =>
        await Assert.ThrowsAsync<FetchException>(() => FetchAsync(uri));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
