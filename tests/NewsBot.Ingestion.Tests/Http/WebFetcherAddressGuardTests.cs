using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class WebFetcherAddressGuardTests
{
    [Fact]
    public async Task FetchAsync_NameResolvingToLoopback_RefusedByDefault()
    {
        await using var server = await StartServerAsync();
        var resolver = new FakeHostResolver().Add("loop.example.test", "127.0.0.1");
        await using var harness = FetcherHarness.Create(resolver);
        var uri = new Uri($"http://loop.example.test:{server.Port}/feed.xml");

        var failure = await harness.FetchFailsAsync(uri);

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Equal($"{uri}: loop.example.test resolves to 127.0.0.1, a loopback address; refused", failure.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_NameResolvingToPrivate_RefusedOnceWithoutRetry()
    {
        var resolver = new FakeHostResolver().Add("intranet.example.test", "10.0.0.5");
        await using var harness = FetcherHarness.Create(resolver);

        var failure = await harness.FetchFailsAsync(new Uri("http://intranet.example.test/admin"));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Equal("http://intranet.example.test/admin: intranet.example.test resolves to 10.0.0.5, a private address; refused", failure.Message);
        Assert.Single(resolver.Lookups);
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("224.0.0.251")]
    public async Task FetchAsync_NameResolvingToInternalAddress_Refused(string address)
    {
        var resolver = new FakeHostResolver().Add("sneaky.example.test", address);
        await using var harness = FetcherHarness.Create(resolver);

        var failure = await harness.FetchFailsAsync(new Uri("https://sneaky.example.test/"));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains($"resolves to {address}, ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NameResolvingToPublicAndPrivate_RefusedBeforeAnyConnect()
    {
        // Were the public address tried first, this sandbox (no internet) would report ConnectionFailed or Timeout.
        var resolver = new FakeHostResolver().Add("mixed.example.test", "93.184.216.34", "10.0.0.5");
        await using var harness = FetcherHarness.Create(resolver);

        var failure = await harness.FetchFailsAsync(new Uri("http://mixed.example.test/"));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains("10.0.0.5, a private address", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_LiteralLoopbackUrl_RefusedByDefault()
    {
        await using var server = await StartServerAsync();
        await using var harness = FetcherHarness.Create();
        var uri = server.Url("/feed.xml");

        var failure = await harness.FetchFailsAsync(uri);

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Equal($"{uri}: 127.0.0.1 is a loopback address; refused", failure.Message);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://[::1]/", "::1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1 is a loopback address")]
    [InlineData("http://[::ffff:0:127.0.0.1]/", "an IPv4-translated address embedding 127.0.0.1, a loopback address")]
    [InlineData("http://[::ffff:0:a9fe:a9fe]/", "an IPv4-translated address embedding 169.254.169.254, a link-local address")]
    [InlineData("http://0.0.0.0/", "0.0.0.0 is an unspecified address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://2130706433/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f.1/", "127.0.0.1 is a loopback address")]
    public async Task FetchAsync_LiteralInternalAddress_RefusedWithoutLookup(string url, string reason)
    {
        var resolver = new FakeHostResolver();
        await using var harness = FetcherHarness.Create(resolver);

        var failure = await harness.FetchFailsAsync(new Uri(url));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.EndsWith($"{reason}; refused", failure.Message, StringComparison.Ordinal);
        Assert.Empty(resolver.Lookups);
    }

    [Fact]
    public async Task FetchAsync_LocalhostThroughSystemResolver_Refused()
    {
        await using var server = await StartServerAsync();
        await using var harness = FetcherHarness.Create();

        var failure = await harness.FetchFailsAsync(new Uri($"http://localhost:{server.Port}/feed.xml"));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains("a loopback address; refused", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_LiteralLoopbackUrl_AllowedWithAllowPrivateAddresses()
    {
        await using var server = await StartServerAsync();
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal("<rss/>", resource.DecodeText());
    }

    [Fact]
    public async Task FetchAsync_NameFromResolver_ConnectsToResolvedAddressWithOriginalHost()
    {
        await using var server = await StartServerAsync();
        var resolver = new FakeHostResolver().Add("news.example.test", "127.0.0.1");
        await using var harness = FetcherHarness.Create(resolver, ("AllowPrivateAddresses", "true"));

        var resource = await harness.FetchAsync(new Uri($"http://news.example.test:{server.Port}/feed.xml"));

        Assert.Equal("<rss/>", resource.DecodeText());
        Assert.Equal($"news.example.test:{server.Port}", Assert.Single(server.Requests).Header("Host"));
    }

    [Fact]
    public async Task FetchAsync_UnknownHost_DnsFailureWithoutRetry()
    {
        var resolver = new FakeHostResolver();
        await using var harness = FetcherHarness.Create(resolver);

        var failure = await harness.FetchFailsAsync(new Uri("https://nowhere.example.test/feed"));

        Assert.Equal(FetchFailure.DnsFailure, failure.Failure);
        Assert.Equal("https://nowhere.example.test/feed: the host name nowhere.example.test could not be resolved", failure.Message);
        Assert.Single(resolver.Lookups);
    }

    [Fact]
    public async Task FetchAsync_ClosedPort_ConnectionFailedOnOneLine()
    {
        Uri closed;
        await using (var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken))
            closed = server.Url("/feed");
        await using var harness = FetcherHarness.AllowingLoopback(("MaxRetries", "0"));

        var failure = await harness.FetchFailsAsync(closed);

        Assert.Equal(FetchFailure.ConnectionFailed, failure.Failure);
        Assert.StartsWith($"{closed}: connection failed (", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    private static async Task<LoopbackHttpServer> StartServerAsync()
    {
        var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/feed.xml", LoopbackResponse.Text("<rss/>", "application/rss+xml"));
        return server;
    }
}
