using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

/// <summary>The guard on the URL itself and on every redirect hop.</summary>
public sealed class WebFetcherRedirectGuardTests
{
    [Fact]
    public async Task FetchAsync_RedirectFromAllowedServerToMetadataAddress_Refused()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/go", LoopbackResponse.Redirect("http://metadata.example.test/latest/meta-data/"));
        var resolver = new FakeHostResolver().Add("metadata.example.test", "169.254.169.254");
        await using var harness = FetcherHarness.Create(resolver, ("AllowedNetworks:0", "127.0.0.1"));

        var failure = await harness.FetchFailsAsync(server.Url("/go"));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains("169.254.169.254, a link-local address; refused", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.CountRequests("/go"));
    }

    [Fact]
    public async Task FetchAsync_RedirectToLiteralPrivateAddress_Refused()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/go", LoopbackResponse.Redirect("http://10.0.0.5/internal"));
        await using var harness = FetcherHarness.Create(null, ("AllowedNetworks:0", "127.0.0.1"));

        var failure = await harness.FetchFailsAsync(server.Url("/go"));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
        Assert.Equal("http://10.0.0.5/internal: 10.0.0.5 is a private address; refused", failure.Message);
    }

    [Theory]
    [InlineData("ftp://files.example.test/feed.xml")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://old.example.test/")]
    public async Task FetchAsync_NonHttpScheme_InvalidUrlWithoutLookup(string url)
    {
        var resolver = new FakeHostResolver();
        await using var harness = FetcherHarness.Create(resolver);

        var failure = await harness.FetchFailsAsync(new Uri(url));

        Assert.Equal(FetchFailure.InvalidUrl, failure.Failure);
        Assert.Contains("only http and https", failure.Message, StringComparison.Ordinal);
        Assert.Empty(resolver.Lookups);
    }

    [Fact]
    public async Task FetchAsync_RedirectToFileScheme_InvalidUrl()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/go", LoopbackResponse.Redirect("file:///etc/passwd"));
        await using var harness = FetcherHarness.AllowingLoopback();

        var failure = await harness.FetchFailsAsync(server.Url("/go"));

        Assert.Equal(FetchFailure.InvalidUrl, failure.Failure);
    }
}
