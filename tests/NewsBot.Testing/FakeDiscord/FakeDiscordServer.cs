using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// An in-process Discord on 127.0.0.1: REST under <see cref="ApiBaseUrl"/> and a WebSocket gateway at <see cref="GatewayUrl"/>
/// (READY names a different resume URL). It enforces what the real one enforces (see docs/discord-api.md §8) and records
/// every request so tests can assert on what a client did.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeRequest> _requests = new();

    // A request changes State and is then recorded; holding this across both means a test that saw the change (say, an
    // edited original) and then reads Requests finds the request there too.
    private readonly Lock _recording = new();
    private readonly TimeProvider _time;
    private readonly FakeRestApi _rest;

    private FakeDiscordServer(WebApplication app, FakeDiscordOptions options, TimeProvider time)
    {
        (_app, Options, _time) = (app, options, time);
        Gateway = new FakeGateway(options, State, time);
        Http = new FakeHttpInteractions(State, options, time);
        _rest = new FakeRestApi(options, State, time, () => GatewayUrl);
        _app.UseWebSockets();
        _app.Run(HandleAsync);
    }

    public FakeDiscordOptions Options { get; }
    public FakeDiscordState State { get; } = new();
    public FakeGateway Gateway { get; }

    /// <summary>Interactions signed and POSTed to a bot's endpoint, as Discord does in HTTP mode.</summary>
    public FakeHttpInteractions Http { get; }
    public Uri BaseUri { get; private set; } = null!;
    public string ApiBaseUrl => new Uri(BaseUri, "api/v10").ToString();
    public string GatewayUrl => $"ws://{BaseUri.Authority}/gateway";
    public string ResumeGatewayUrl => $"ws://{BaseUri.Authority}/resume-gateway";
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_recording)
                return [.. _requests];
        }
    }

    public int InvalidRequests => _rest.InvalidRequests;
    public bool BanThresholdExceeded => InvalidRequests > Options.InvalidRequestLimit;

    /// <summary>Settings that point NewsBot at this fake (as Discord__… environment variables would).</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Discord:Token"] = Options.Token,
        ["Discord:ApiBaseUrl"] = ApiBaseUrl,
        ["Discord:GatewayUrl"] = GatewayUrl,
    };

    /// <summary>
    /// Settings for a bot receiving interactions over HTTP from <see cref="Http"/>: its public key, and no gateway URL (the
    /// bot must not need one).
    /// </summary>
    public IReadOnlyDictionary<string, string?> HttpModeSettings => new Dictionary<string, string?>
    {
        ["Discord:Token"] = Options.Token,
        ["Discord:ApiBaseUrl"] = ApiBaseUrl,
        ["Discord:InteractionsMode"] = "http",
        ["Discord:PublicKey"] = Http.PublicKeyHex,
    };

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeDiscordServer(LoopbackKestrel.Create(), options ?? new FakeDiscordOptions(), time ?? TimeProvider.System);
        server.BaseUri = await LoopbackKestrel.StartAsync(server._app, cancellationToken);
        return server;
    }

    /// <summary>The next requests whose path contains <paramref name="pathContains"/> get these failures, in order.</summary>
    public void Inject(string pathContains, params FakeFailure[] failures) => _rest.Inject(pathContains, failures);

    public int Count(int status) => Requests.Count(r => r.Status == status);

    /// <summary>Polls (real time) until the condition holds; fails after the timeout so a broken client cannot hang a test.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Generous: a loaded 2-core machine can take tens of seconds to start a bot host; a real hang still fails.
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(90));
        while (!condition())
        {
            try
            {
                await Task.Delay(10, limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException("The fake Discord never reached the expected state.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Gateway.DropConnection();
        Http.Dispose();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (context.WebSockets.IsWebSocketRequest && path is "/gateway" or "/resume-gateway")
        {
            if (Gateway.Refused())
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
            await Gateway.AcceptAsync(context, ResumeGatewayUrl);
            return;
        }
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var now = _time.GetUtcNow();
        var query = context.Request.QueryString.Value ?? "";
        FakeReply? reply;
        lock (_recording)
        {
            reply = _rest.Handle(context.Request.Method, path, query, headers, body, now);
            _requests.Enqueue(new FakeRequest(context.Request.Method, path, query, headers, body, reply?.Status ?? 0, now));
        }
        if (reply is null)
        {
            context.Abort();
            return;
        }
        if (reply.Status == FakeReply.StallStatus)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers ?? [])
            context.Response.Headers[name] = value;
        if (reply.Body is null)
            return;
        if (!context.Response.Headers.ContainsKey("Content-Type"))
            context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }
}
