using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class WebFetcherRedirectTests
{
    private const int MaxRedirects = 3;

    [Fact]
    public async Task FetchAsync_ChainAtTheCap_FollowedToFinalUri()
    {
        await using var server = await ChainAsync(MaxRedirects);
        await using var harness = Harness();

        var resource = await harness.FetchAsync(server.Url("/hop0"));

        Assert.Equal(server.Url("/final"), resource.FinalUri);
        Assert.Equal("arrived", resource.DecodeText());
        Assert.Equal(MaxRedirects + 1, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_OneRedirectOverTheCap_TooManyRedirects()
    {
        await using var server = await ChainAsync(MaxRedirects + 1);
        await using var harness = Harness();

        var failure = await harness.FetchFailsAsync(server.Url("/hop0"));

        Assert.Equal(FetchFailure.TooManyRedirects, failure.Failure);
        Assert.Equal($"{server.Url("/hop0")}: more than {MaxRedirects} redirects", failure.Message);
        Assert.Equal(0, server.CountRequests("/final"));
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_TooManyRedirects()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/a", LoopbackResponse.Redirect("/b")).Map("/b", LoopbackResponse.Redirect("/a"));
        await using var harness = Harness();

        var failure = await harness.FetchFailsAsync(server.Url("/a"));

        Assert.Equal(FetchFailure.TooManyRedirects, failure.Failure);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task FetchAsync_RelativeLocation_ResolvedAgainstCurrentUri(int status)
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/news/old/feed", LoopbackResponse.Redirect("../new/feed.xml?v=2", status));
        server.Map("/news/new/feed.xml", LoopbackResponse.Text("moved", "application/rss+xml"));
        await using var harness = Harness();

        var resource = await harness.FetchAsync(server.Url("/news/old/feed"));

        Assert.Equal(server.Url("/news/new/feed.xml?v=2"), resource.FinalUri);
        Assert.Equal("?v=2", server.Requests[^1].Query);
    }

    [Fact]
    public async Task FetchAsync_RedirectWithoutLocation_HttpStatus()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/odd", LoopbackResponse.Status(302));
        await using var harness = Harness();

        var failure = await harness.FetchFailsAsync(server.Url("/odd"));

        Assert.Equal(FetchFailure.HttpStatus, failure.Failure);
        Assert.Equal(302, failure.StatusCode);
    }

    private static FetcherHarness Harness() => FetcherHarness.AllowingLoopback(("MaxRedirects", $"{MaxRedirects}"));

    private static async Task<LoopbackHttpServer> ChainAsync(int redirects)
    {
        var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < redirects; i++)
            server.Map($"/hop{i}", LoopbackResponse.Redirect(i + 1 < redirects ? $"/hop{i + 1}" : "/final"));
        server.Map("/final", LoopbackResponse.Text("arrived"));
        return server;
    }
}
