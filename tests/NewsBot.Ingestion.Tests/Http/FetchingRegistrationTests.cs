using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class FetchingRegistrationTests
{
    [Fact]
    public async Task AddNewsBotIngestion_WithConfiguration_ResolvesFetcherWithBoundOptions()
    {
        await using var services = FetcherHarness.BuildServices(new() { ["Fetching:MaxRedirects"] = "7", ["Fetching:AllowedNetworks:0"] = "10.8.0.0/16" });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<WebFetcher>(services.GetRequiredService<IWebFetcher>());
        Assert.IsType<DnsHostResolver>(services.GetRequiredService<IHostResolver>());
        var options = services.GetRequiredService<IOptions<FetchingOptions>>().Value;
        Assert.Equal(7, options.MaxRedirects);
        Assert.Equal(["10.8.0.0/16"], options.AllowedNetworks);
        Assert.Equal(5_000_000, options.MaxResponseBytes);
        Assert.False(options.AllowPrivateAddresses);
    }

    [Theory]
    [InlineData("TimeoutSeconds", "0")]
    [InlineData("MaxResponseBytes", "10")]
    [InlineData("MaxRetries", "11")]
    [InlineData("UserAgent", "")]
    [InlineData("AllowedNetworks:0", "intranet")]
    public async Task AddNewsBotIngestion_InvalidOption_FailsStartupValidation(string key, string value)
    {
        await using var services = FetcherHarness.BuildServices(new() { [$"Fetching:{key}"] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[0], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNewsBotIngestion_ResolverRegisteredBefore_IsKept()
    {
        var resolver = new FakeHostResolver();
        await using var services = FetcherHarness.BuildServices([], resolver);

        Assert.Same(resolver, services.GetRequiredService<IHostResolver>());
    }
}
