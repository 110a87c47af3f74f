using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// The fake's REST surface under /api/v10: routing, auth (Bot token, or none for webhook/callback routes), User-Agent and
/// Content-Type checks, injected failures, rate limits, then the endpoint. Also counts invalid requests (401/403/429).
/// </summary>
internal sealed class FakeRestApi
{
    private const string Prefix = "/api/v10";
    private readonly FakeDiscordOptions _options;
    private readonly FakeRateLimiter _limiter;
    private readonly List<FakeRoute> _routes;
    private readonly ConcurrentQueue<(string PathContains, FakeFailure Failure)> _injected = new();
    private int _invalidRequests;

    public FakeRestApi(FakeDiscordOptions options, FakeDiscordState state, TimeProvider time, Func<string> gatewayUrl)
    {
        _options = options;
        _limiter = new FakeRateLimiter(options, time);
        var messages = new FakeMessageEndpoints(state, options);
        var interactions = new FakeInteractionEndpoints(state, options);
        var guilds = new FakeGuildEndpoints(state, options);
        state.Guild.Members.TryAdd(options.BotUserId, [FakeGuild.BotRoleId]);
        _routes =
        [
            new("GET", Path("/gateway"), FakeBuckets.Gateway, _ => FakeReply.Json(200, new JsonObject { ["url"] = gatewayUrl() })) { Authenticated = false },
            new("GET", Path("/gateway/bot"), FakeBuckets.Gateway, _ => GatewayBot(gatewayUrl(), state)),
            new("GET", Path("/applications/@me"), FakeBuckets.Application,
                _ => FakeReply.Json(200, new JsonObject { ["id"] = options.ApplicationId, ["name"] = "Harbour Wire Test" })),
            new("GET", Path("/users/@me"), FakeBuckets.Users, guilds.GetCurrentUser),
            new("GET", Path("/guilds/([0-9]+)"), FakeBuckets.Guilds, guilds.GetGuild) { Major = [0] },
            new("GET", Path("/guilds/([0-9]+)/threads/active"), FakeBuckets.Guilds, messages.Forums.ActiveThreads) { Major = [0] },
            new("GET", Path("/guilds/([0-9]+)/members/([0-9]+)"), FakeBuckets.GuildMembers, guilds.GetMember) { Major = [0] },
            new("PUT", Path("/applications/([0-9]+)/commands"), FakeBuckets.Commands, c => interactions.BulkOverwrite(c, "global")) { Major = [0] },
            new("PUT", Path("/applications/([0-9]+)/guilds/([0-9]+)/commands"), FakeBuckets.Commands,
                c => interactions.BulkOverwrite(c, c.Parameters[1])) { Major = [1] },
            new("POST", Path("/applications/([0-9]+)/commands"), FakeBuckets.Commands, c => interactions.CreateCommand(c, "global")) { Major = [0] },
            new("POST", Path("/applications/([0-9]+)/guilds/([0-9]+)/commands"), FakeBuckets.Commands,
                c => interactions.CreateCommand(c, c.Parameters[1])) { Major = [1] },
            new("GET", Path("/channels/([0-9]+)"), FakeBuckets.Channels, messages.GetChannel) { Major = [0] },
            new("POST", Path("/channels/([0-9]+)/messages"), FakeBuckets.ChannelMessages, messages.CreateMessage) { Major = [0] },
            new("PATCH", Path("/channels/([0-9]+)/messages/([0-9]+)"), FakeBuckets.ChannelMessages, messages.EditMessage) { Major = [0] },
            new("DELETE", Path("/channels/([0-9]+)/messages/([0-9]+)"), FakeBuckets.MessageDelete, messages.DeleteMessage) { Major = [0] },
            new("POST", Path("/channels/([0-9]+)/threads"), FakeBuckets.Threads, messages.CreateForumThread) { Major = [0] },
            new("PATCH", Path("/channels/([0-9]+)"), FakeBuckets.Channels, messages.Forums.ModifyChannel) { Major = [0] },
            new("POST", Path("/channels/([0-9]+)/messages/([0-9]+)/crosspost"), FakeBuckets.Crosspost, messages.Forums.Crosspost) { Major = [0] },
            new("POST", Path("/interactions/([0-9]+)/([^/]+)/callback"), FakeBuckets.Callback, interactions.Callback)
                { Authenticated = false, GlobalExempt = true, Major = [0] },
            // Interaction endpoints are outside the global limit; followups keep the webhook buckets.
            new("PATCH", Path("/webhooks/([0-9]+)/([^/]+)/messages/@original"), FakeBuckets.Webhooks, interactions.EditOriginal)
                { Authenticated = false, GlobalExempt = true, Major = [0, 1] },
            new("POST", Path($"/webhooks/({options.ApplicationId})/([^/]+)"), FakeBuckets.Webhooks, interactions.Followup)
                { Authenticated = false, GlobalExempt = true, Major = [0, 1] },
            new("POST", Path("/webhooks/([0-9]+)/([^/]+)"), FakeBuckets.Webhooks, messages.ExecuteWebhook) { Authenticated = false, Major = [0, 1] },
        ];
    }

    public int InvalidRequests => Volatile.Read(ref _invalidRequests);

    public void Inject(string pathContains, IEnumerable<FakeFailure> failures)
    {
        foreach (var failure in failures)
            _injected.Enqueue((pathContains, failure));
    }

    /// <summary>Answers one request; a null reply means "drop the connection".</summary>
    public FakeReply? Handle(string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body, DateTimeOffset now)
    {
        var reply = Route(method, path, query, headers, body, now);
        if (reply is { Status: 401 or 403 } || (reply is { Status: 429 } && reply.Headers?.GetValueOrDefault("X-RateLimit-Scope") != "shared"))
            Interlocked.Increment(ref _invalidRequests);
        return reply;
    }

    private FakeReply? Route(string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body, DateTimeOffset now)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            return FakeReply.Error(404, 0, "404: Not Found");
        var local = path[Prefix.Length..];
        foreach (var route in _routes)
        {
            var match = route.Pattern.Match(local);
            if (!match.Success || route.Method != method)
                continue;
            var parameters = match.Groups.Values.Skip(1).Select(g => Uri.UnescapeDataString(g.Value)).ToList();
            return Serve(route, local, parameters, query, headers, body, now);
        }
        return FakeReply.Error(404, 0, "404: Not Found");
    }

    private FakeReply? Serve(FakeRoute route, string local, List<string> parameters, string query, IReadOnlyDictionary<string, string> headers, string body, DateTimeOffset now)
    {
        if (TakeInjected(local) is { } failure)
            return Injected(failure);
        if (route.Authenticated && headers.GetValueOrDefault("Authorization") != "Bot " + _options.Token)
            return FakeReply.Error(401, 0, "401: Unauthorized");
        if (!(headers.GetValueOrDefault("User-Agent") ?? "").StartsWith("DiscordBot (", StringComparison.Ordinal))
            return FakeReply.Error(400, 0, "User-Agent must be DiscordBot (url, version)");
        JsonNode? json = null;
        if (body.Length > 0)
        {
            if (!(headers.GetValueOrDefault("Content-Type") ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
                return FakeReply.Error(400, 50035, "Invalid Form Body");
            try
            {
                json = JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                return FakeReply.Error(400, 50109, "The request body contains invalid JSON.");
            }
        }
        var rateHeaders = new Dictionary<string, string>();
        var major = string.Join("/", route.Major.Select(i => parameters[i]));
        var globalKey = route.GlobalExempt ? null : headers.GetValueOrDefault("Authorization") ?? "ip";
        if (_limiter.Admit(route.Bucket, major, globalKey, rateHeaders) is { } limited)
            return limited;
        var reply = route.Handle(new FakeCall(parameters, json, query, now));
        foreach (var (name, value) in reply.Headers ?? [])
            rateHeaders[name] = value;
        return reply with { Headers = rateHeaders };
    }

    private FakeFailure? TakeInjected(string path)
    {
        if (_injected.IsEmpty)
            return null;
        lock (_injected)
        {
            if (!_injected.TryPeek(out var next) || !path.Contains(next.PathContains, StringComparison.Ordinal))
                return null;
            _injected.TryDequeue(out _);
            return next.Failure;
        }
    }

    private static FakeReply? Injected(FakeFailure failure) => failure switch
    {
        { Drop: true } => null,
        { Stall: true } => new FakeReply(FakeReply.StallStatus),
        { Status: 429 } => FakeRateLimiter.TooMany(failure.RetryAfterSeconds, failure.Global, []),
        { Json: false } => new FakeReply(failure.Status, "<html><body>Bad Gateway</body></html>", new() { ["Content-Type"] = "text/html" }),
        _ => FakeReply.Error(failure.Status, 0, "injected failure"),
    };

    private static FakeReply GatewayBot(string url, FakeDiscordState state) => FakeReply.Json(200, new JsonObject
    {
        ["url"] = url,
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = state.SessionStartsRemaining, ["reset_after"] = 86_400_000, ["max_concurrency"] = 1 },
    });

    private static Regex Path(string pattern) => new("^" + pattern + "$", RegexOptions.CultureInvariant);
}
