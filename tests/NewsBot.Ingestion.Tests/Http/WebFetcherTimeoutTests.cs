using Microsoft.Extensions.Time.Testing;
using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

/// <summary>These take about a second each: TimeoutSeconds has a floor of 1 s.</summary>
public sealed class WebFetcherTimeoutTests
{
    [Fact]
    public async Task FetchAsync_ServerNeverAnswers_TimeoutAfterRetrying()
    {
        // The pipeline runs on a fake clock: each attempt's second passes only once the server holds that attempt's
        // request, so a loaded machine cannot time an attempt out before it reaches the server.
        var clock = new FakeTimeProvider();
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapStalled("/slow");
        await using var harness = FetcherHarness.Create(
            null, clock, ("AllowPrivateAddresses", "true"), ("TimeoutSeconds", "1"), ("MaxRetries", "1"), ("RetryBaseDelayMilliseconds", "0"));

        var fetch = harness.FetchFailsAsync(server.Url("/slow"));
        await WaitForRequestsAsync(server, "/slow", 1, fetch);
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForRequestsAsync(server, "/slow", 2, fetch);
        clock.Advance(TimeSpan.FromSeconds(1));
        var failure = await fetch.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(FetchFailure.Timeout, failure.Failure);
        Assert.Equal($"{server.Url("/slow")}: timed out (limit 1 s per attempt)", failure.Message);
        Assert.Equal(2, server.CountRequests("/slow"));
    }

    [Fact]
    public async Task FetchAsync_RedirectChainOfHopsEachUnderTheTimeout_OneDeadlineForTheWholeFetch()
    {
        var clock = new FakeTimeProvider();
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        var release = new TaskCompletionSource();
        server.Map("/hop0", async context =>
        {
            await release.Task.WaitAsync(context.RequestAborted);
            await LoopbackResponse.Redirect("/hop1").WriteToAsync(context);
        });
        server.MapStalled("/hop1");
        await using var harness = FetcherHarness.Create(null, clock, ("AllowPrivateAddresses", "true"), ("TimeoutSeconds", "1"), ("MaxRetries", "0"));

        var fetch = harness.FetchFailsAsync(server.Url("/hop0"));
        await WaitForRequestsAsync(server, "/hop0", 1, fetch);
        clock.Advance(TimeSpan.FromSeconds(0.6));
        release.SetResult();
        await WaitForRequestsAsync(server, "/hop1", 1, fetch);
        clock.Advance(TimeSpan.FromSeconds(0.6));
        var failure = await fetch.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // Each hop took 0.6 s of its 1 s; together they passed the fetch's 1 s.
        Assert.Equal(FetchFailure.Timeout, failure.Failure);
        Assert.Contains("for the whole fetch", failure.Message, StringComparison.Ordinal);
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

    /// <summary>Waits (in real time, bounded only against a hang) until the server has held <paramref name="count"/> requests.</summary>
    private static async Task WaitForRequestsAsync(LoopbackHttpServer server, string path, int count, Task fetch)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        while (server.CountRequests(path) < count && !fetch.IsCompleted)
            await Task.Delay(10, limit.Token);
    }
}
