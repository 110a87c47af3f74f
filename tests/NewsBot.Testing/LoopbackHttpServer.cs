using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a free port, for tests that need real HTTP without the internet.
/// Paths map to canned replies, reply sequences or lambdas; unmapped paths answer 404. Every request is logged.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();

    private LoopbackHttpServer(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    public Uri BaseUri { get; private set; } = null!;
    public int Port => BaseUri.Port;

    /// <summary>Requests in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Cancelled when the server shuts down; lambdas that wait forever should honour it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public static async Task<LoopbackHttpServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new LoopbackHttpServer(LoopbackKestrel.Create());
        server.BaseUri = await LoopbackKestrel.StartAsync(server._app, cancellationToken);
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public int CountRequests(string path) => _requests.Count(r => r.Path == path);

    /// <summary>Answers every request to <paramref name="path"/> (query ignored) with the lambda.</summary>
    public LoopbackHttpServer Map(string path, Func<HttpContext, Task> handler)
    {
        _routes[path] = handler;
        return this;
    }

    public LoopbackHttpServer Map(string path, LoopbackResponse response) => Map(path, response.WriteToAsync);

    /// <summary>Answers the n-th request with the n-th reply; the last one repeats.</summary>
    public LoopbackHttpServer MapSequence(string path, params LoopbackResponse[] responses)
    {
        var served = -1;
        return Map(path, context => responses[Math.Min(Interlocked.Increment(ref served), responses.Length - 1)].WriteToAsync(context));
    }

    /// <summary>Never sends headers: the request hangs until the client gives up or the server stops.</summary>
    public LoopbackHttpServer MapStalled(string path) => Map(path, async context =>
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    });

    /// <summary>Sends 200 and then body chunks without end (no Content-Length) until the client disconnects.</summary>
    public LoopbackHttpServer MapEndlessBody(string path, string contentType = "text/plain") => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        var chunk = new byte[16_384];
        Array.Fill(chunk, (byte)'a');
        try
        {
            while (!context.RequestAborted.IsCancellationRequested && !Stopping.IsCancellationRequested)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client hung up, which is what these tests want.
        }
    });

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        // Lambdas that ignore Stopping get a few seconds of grace before their connections are cut.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        context.Request.Body = new MemoryStream(body.ToArray(), writable: false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? "", headers, body.ToArray()));
        if (_routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler))
            await handler(context);
        else
            context.Response.StatusCode = 404;
    }
}
