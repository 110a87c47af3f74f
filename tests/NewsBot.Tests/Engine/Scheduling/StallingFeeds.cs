using Microsoft.AspNetCore.Http;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine.Scheduling;

/// <summary>
/// Empty feeds on a loopback server that answer at once until <see cref="Stall"/>; from then on each request waits,
/// without an answer, until <see cref="Release"/>, the way a slow outlet holds a poll.
/// </summary>
internal sealed class StallingFeeds : IDisposable
{
    private readonly int _awaited;
    private readonly TaskCompletionSource _enoughStalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _disposed = new();
    private int _stalled;
    private volatile bool _stalling;

    /// <param name="server">Where the feeds are served.</param>
    /// <param name="count">How many feeds.</param>
    /// <param name="awaited">How many waiting requests complete <see cref="Stalled"/>.</param>
    public StallingFeeds(LoopbackHttpServer server, int count, int awaited)
    {
        _awaited = awaited;
        FeedUrls = [.. Enumerable.Range(0, count).Select(n => server.Url($"/slow{n}/feed.xml").AbsoluteUri)];
        for (var n = 0; n < count; n++)
            server.Map($"/slow{n}/feed.xml", ServeAsync);
    }

    public IReadOnlyList<string> FeedUrls { get; }

    /// <summary>Completes when the awaited number of requests are waiting.</summary>
    public Task Stalled => _enoughStalled.Task;

    public void Stall() => _stalling = true;

    public void Release()
    {
        _stalling = false;
        _released.TrySetResult();
    }

    public void Dispose()
    {
        Release();
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task ServeAsync(HttpContext context)
    {
        if (_stalling)
        {
            if (Interlocked.Increment(ref _stalled) == _awaited)
                _enoughStalled.TrySetResult();
            await _released.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Slow outlet</title></channel></rss>",
            context.RequestAborted);
    }
}
