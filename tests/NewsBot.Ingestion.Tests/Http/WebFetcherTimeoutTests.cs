using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

/// <summary>These take about a second each: TimeoutSeconds has a floor of 1 s.</summary>
public sealed class WebFetcherTimeoutTests
{
    [Fact]
    public async Task FetchAsync_ServerNeverAnswers_TimeoutAfterRetrying()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapStalled("/slow");
        await using var harness = FetcherHarness.AllowingLoopback(("TimeoutSeconds", "1"), ("MaxRetries", "1"));

        var failure = await harness.FetchFailsAsync(server.Url("/slow"));

        Assert.Equal(FetchFailure.Timeout, failure.Failure);
        Assert.Equal($"{server.Url("/slow")}: timed out (limit 1 s per attempt)", failure.Message);
        Assert.Equal(2, server.CountRequests("/slow"));
    }

    [Fact]
    public async Task FetchAsync_BodyStallsAfterHeaders_Timeout()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/trickle", async context =>
        {
            context.Response.ContentLength = 1000;
            await context.Response.Body.WriteAsync("<rss>"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        await using var harness = FetcherHarness.AllowingLoopback(("TimeoutSeconds", "1"), ("MaxRetries", "0"));

        var failure = await harness.FetchFailsAsync(server.Url("/trickle"));

        Assert.Equal(FetchFailure.Timeout, failure.Failure);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_OperationCanceledNotFetchException()
    {
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/slow", async context =>
        {
            await caller.CancelAsync();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        await using var harness = FetcherHarness.AllowingLoopback();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Fetcher.FetchAsync(server.Url("/slow"), null, caller.Token));

        Assert.Equal(1, server.CountRequests("/slow"));
    }
}
