using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// The fake gateway: hello, identify and resume with Discord's checks and close codes, heartbeats and ACKs, sequence
/// numbers and replay, send limits, and hooks to inject op 7, op 9, drops, closes and missing ACKs.
/// </summary>
public sealed partial class FakeGateway
{
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private readonly FakeDiscordOptions _options;
    private readonly FakeDiscordState _state;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, FakeGatewaySession> _sessions = new();
    private readonly ConcurrentQueue<string> _events = new();
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;
    private int? _nextIdentifyCloseCode;

    internal FakeGateway(FakeDiscordOptions options, FakeDiscordState state, TimeProvider time)
    {
        (_options, _state, _time) = (options, state, time);
    }

    internal FakeGatewayConnection? Current { get; private set; }

    /// <summary>Connection events in order: connect:/gateway, identify, ready, resume, resumed, invalid:false, close:4004, client-close:4000 …</summary>
    public IReadOnlyList<string> Events => [.. _events];

    public int Identifies => _events.Count(e => e == "identify");
    public int Resumes => _events.Count(e => e == "resumed");

    /// <summary>Heartbeat payloads' <c>d</c> values as the client sent them.</summary>
    public ConcurrentQueue<string> Heartbeats { get; } = new();

    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>The last identify's <c>d</c>, with the token replaced by &lt;valid&gt; or &lt;invalid&gt;.</summary>
    public JsonObject? LastIdentify { get; private set; }

    public int Count(string gatewayEvent) => _events.Count(e => e == gatewayEvent);

    /// <summary>The next identify is answered by closing with this code (e.g. 4014 disallowed intents).</summary>
    public void CloseNextIdentifyWith(int code) => _nextIdentifyCloseCode = code;

    public Task SendReconnectAsync() => SendOpAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable && Current?.Session is { } session)
            session.Invalidated = true;
        return SendOpAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    public void DropConnection() => Current?.Drop();

    public Task CloseAsync(int code) => Current?.CloseAsync(code, "closed by test") ?? Task.CompletedTask;

    /// <summary>
    /// Dispatches INTERACTION_CREATE for a slash command (or autocomplete, type 4) to the latest session; a distinct
    /// <paramref name="userId"/> per call keeps load runs clear of the bot's per-member limits; <paramref name="guildId"/>
    /// and <paramref name="channelId"/> let a test speak from a second server.
    /// </summary>
    public Task<FakeInteraction> SendInteractionAsync(
        string name, JsonArray? options = null, string permissions = "2147483647", int type = 2, string userId = "600", string guildId = "500", string channelId = "100") =>
        SendInteractionAsync(new FakeInvocation(name)
        {
            Options = options,
            Permissions = permissions,
            InteractionType = type,
            UserId = userId,
            GuildId = guildId,
            ChannelId = channelId,
            RequireRegistration = false,
        });

    internal async Task AcceptAsync(HttpContext context, string resumeUrl)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Abort) { LastHeartbeat = _time.GetUtcNow() };
        Current = connection;
        _events.Enqueue("connect:" + context.Request.Path);
        var query = context.Request.Query;
        if (query["v"] is not ["9"] and not ["10"] || query["encoding"] != "json")
        {
            await CloseAsync(connection, 4012, "Invalid API version");
            return;
        }
        if (TakeNextHello() is { } hello)
            await connection.SendTextAsync(hello, context.RequestAborted);
        else
            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = (int)_options.HeartbeatInterval.TotalMilliseconds } }, context.RequestAborted);
        using var watchdog = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var watching = WatchHeartbeatsAsync(connection, watchdog.Token);
        try
        {
            await ReceiveLoopAsync(socket, connection, resumeUrl, context.RequestAborted);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
        {
            _events.Enqueue("dropped");
        }
        finally
        {
            connection.MarkEnded();
            await watchdog.CancelAsync();
            await watching;
            if (connection.Session is { } session && session.Connection == connection)
                session.Connection = null;
        }
    }

    private async Task CloseAsync(FakeGatewayConnection connection, int code, string reason)
    {
        _events.Enqueue($"close:{code}");
        await connection.CloseAsync(code, reason);
    }

    private Task SendOpAsync(JsonObject payload) => Current?.SendAsync(payload, CancellationToken.None) ?? Task.CompletedTask;

    private async Task DispatchAsync(FakeGatewaySession session, string type, JsonNode data)
    {
        JsonObject payload;
        FakeGatewayConnection? connection;
        lock (session)
        {
            var seq = ++session.Sequence;
            session.Log.Add((seq, type, data));
            payload = new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = seq, ["d"] = data.DeepClone() };
            connection = session.Connection;
        }
        if (connection is not null)
            await connection.SendAsync(payload, CancellationToken.None);
    }
}
