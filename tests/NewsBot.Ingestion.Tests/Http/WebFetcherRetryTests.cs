using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class WebFetcherRetryTests
{
    [Fact]
    public async Task FetchAsync_503ThenOk_SucceedsOnSecondRequest()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapSequence("/feed", LoopbackResponse.Status(503), LoopbackResponse.Text("ok"));
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/feed"));

        Assert.Equal("ok", resource.DecodeText());
        Assert.Equal(2, server.CountRequests("/feed"));
    }

    [Fact]
    public async Task FetchAsync_404_OneRequestAndOneLineMessage()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        await using var harness = FetcherHarness.AllowingLoopback();

        var failure = await harness.FetchFailsAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchFailure.HttpStatus, failure.Failure);
        Assert.Equal(404, failure.StatusCode);
        Assert.Equal($"{server.Url("/feed.xml")}: HTTP 404 Not Found", failure.Message);
        Assert.Equal(1, server.CountRequests("/feed.xml"));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(408)]
    [InlineData(410)]
    [InlineData(429)]
    public async Task FetchAsync_ClientError_NeverRetried(int status)
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/feed", LoopbackResponse.Status(status));
        await using var harness = FetcherHarness.AllowingLoopback();

        var failure = await harness.FetchFailsAsync(server.Url("/feed"));

        Assert.Equal(status, failure.StatusCode);
        Assert.Equal(1, server.CountRequests("/feed"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task FetchAsync_500Forever_MaxRetriesPlusOneRequests(int maxRetries)
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/feed", LoopbackResponse.Status(500));
        await using var harness = FetcherHarness.AllowingLoopback(("MaxRetries", $"{maxRetries}"));

        var failure = await harness.FetchFailsAsync(server.Url("/feed"));

        Assert.Equal(FetchFailure.HttpStatus, failure.Failure);
        Assert.Equal(500, failure.StatusCode);
        Assert.Equal($"{server.Url("/feed")}: HTTP 500 Internal Server Error", failure.Message);
        Assert.Equal(maxRetries + 1, server.CountRequests("/feed"));
    }

    [Fact]
    public async Task FetchAsync_RedirectThen503ThenOk_RetriesOnlyTheFailingHop()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/old", LoopbackResponse.Redirect("/new"));
        server.MapSequence("/new", LoopbackResponse.Status(503), LoopbackResponse.Text("ok"));
        await using var harness = FetcherHarness.AllowingLoopback();

        await harness.FetchAsync(server.Url("/old"));

        Assert.Equal(1, server.CountRequests("/old"));
        Assert.Equal(2, server.CountRequests("/new"));
    }
}
