using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>What the fake gateway does with each client opcode.</summary>
public sealed partial class FakeGateway
{
    private async Task HandleAsync(FakeGatewayConnection connection, JsonObject payload, string resumeUrl, CancellationToken cancellationToken)
    {
        var op = payload["op"] is JsonValue value && value.TryGetValue<int>(out var parsed) ? parsed : -1;
        switch (op)
        {
            case 1:
                connection.LastHeartbeat = _time.GetUtcNow();
                Heartbeats.Enqueue(payload["d"]?.ToJsonString() ?? "null");
                if (AcknowledgeHeartbeats)
                    await connection.SendAsync(new JsonObject { ["op"] = 11 }, cancellationToken);
                break;
            case 2:
                await IdentifyAsync(connection, payload["d"] as JsonObject ?? [], resumeUrl, cancellationToken);
                break;
            case 6:
                await ResumeAsync(connection, payload["d"] as JsonObject ?? [], cancellationToken);
                break;
            case 3 or 4 or 8 or 31 when connection.Session is null:
                await CloseAsync(connection, 4003, "Not authenticated");
                break;
            case 3 or 4 or 8 or 31:
                break;
            default:
                await CloseAsync(connection, 4001, "Unknown opcode");
                break;
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonObject identify, string resumeUrl, CancellationToken cancellationToken)
    {
        _events.Enqueue("identify");
        var recorded = (JsonObject)identify.DeepClone();
        recorded["token"] = recorded["token"]?.GetValue<string>() == _options.Token ? "<valid>" : "<invalid>";
        LastIdentify = recorded;
        if (connection.Session is not null)
        {
            await CloseAsync(connection, 4005, "Already authenticated");
            return;
        }
        if (identify["token"]?.GetValue<string>() != _options.Token)
        {
            await CloseAsync(connection, 4004, "Authentication failed");
            return;
        }
        if (identify["intents"] is not JsonValue intentsValue || !intentsValue.TryGetValue<int>(out var intents) || intents < 0 || intents >= 1 << 26)
        {
            await CloseAsync(connection, 4013, "Invalid intent(s)");
            return;
        }
        if ((intents & PrivilegedIntents) != 0)
        {
            await CloseAsync(connection, 4014, "Disallowed intent(s)");
            return;
        }
        if (identify["shard"] is JsonArray shard && (shard.Count != 2 || shard[0]!.GetValue<int>() >= shard[1]!.GetValue<int>() || shard[1]!.GetValue<int>() != 1))
        {
            await CloseAsync(connection, 4010, "Invalid shard");
            return;
        }
        if (_nextIdentifyCloseCode is { } injected)
        {
            _nextIdentifyCloseCode = null;
            await CloseAsync(connection, injected, "Injected close");
            return;
        }
        var now = _time.GetUtcNow();
        if (now - _lastIdentify < _options.IdentifyInterval)
        {
            _events.Enqueue("invalid:false");
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false }, cancellationToken);
            return;
        }
        _lastIdentify = now;
        _state.SessionStartsRemaining--;
        var session = new FakeGatewaySession($"session-{_state.NextId()}") { Connection = connection };
        _sessions[session.Id] = session;
        connection.Session = session;
        _events.Enqueue("ready");
        await DispatchAsync(session, "READY", new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = _options.ApplicationId, ["username"] = "harbour-wire", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = resumeUrl,
            ["application"] = new JsonObject { ["id"] = _options.ApplicationId, ["flags"] = 0 },
        });
        await FlapIfAskedAsync(connection);
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonObject resume, CancellationToken cancellationToken)
    {
        _events.Enqueue("resume");
        if (resume["token"]?.GetValue<string>() != _options.Token)
        {
            await CloseAsync(connection, 4004, "Authentication failed");
            return;
        }
        var sessionId = resume["session_id"]?.GetValue<string>() ?? "";
        var seq = resume["seq"] is JsonValue s && s.TryGetValue<int>(out var n) ? n : -1;
        if (!_sessions.TryGetValue(sessionId, out var session) || session.Invalidated || seq < 0 || seq > session.Sequence)
        {
            _events.Enqueue("invalid:false");
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false }, cancellationToken);
            return;
        }
        List<JsonObject> missed;
        lock (session)
        {
            session.Connection = connection;
            connection.Session = session;
            missed = [.. session.Log.Where(e => e.Seq > seq).Select(e => new JsonObject { ["op"] = 0, ["t"] = e.Type, ["s"] = e.Seq, ["d"] = e.Data.DeepClone() })];
        }
        foreach (var payload in missed)
            await connection.SendAsync(payload, cancellationToken);
        _events.Enqueue("resumed");
        await DispatchAsync(session, "RESUMED", new JsonObject());
        await FlapIfAskedAsync(connection);
    }
}
