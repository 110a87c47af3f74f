using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Sends one REST call and decodes the reply into a typed result. Rate limits and retries live in the HTTP pipeline
/// (<see cref="RateLimiting.RateLimitHandler"/>); this class owns authentication, JSON and error decoding.
/// </summary>
internal sealed partial class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, DiscordAuthState auth, ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "NewsBot.Discord";
    private const string UserAgent = "DiscordBot (https://github.com/newsbot/newsbot, 0.1.0)";

    public async Task<DiscordResult<T>> SendAsync<T>(DiscordRoute route, object? body, string? query, CancellationToken cancellationToken)
    {
        var (response, error) = await ExchangeAsync(route, body, query, cancellationToken);
        using (response)
        {
            if (error is not null)
                return new DiscordResult<T>(default, error);
            T? value;
            try
            {
                value = await response!.Content.ReadFromJsonAsync(DiscordJson.Options.Info<T>(), cancellationToken);
            }
            catch (JsonException e)
            {
                return new DiscordResult<T>(default, new DiscordError((int)response!.StatusCode, 0, $"unreadable response body: {e.Message}"));
            }
            return value is null ? new DiscordResult<T>(default, new DiscordError((int)response.StatusCode, 0, "empty response body")) : new DiscordResult<T>(value, null);
        }
    }

    public async Task<DiscordResult> SendAsync(DiscordRoute route, object? body, string? query, CancellationToken cancellationToken)
    {
        var (response, error) = await ExchangeAsync(route, body, query, cancellationToken);
        response?.Dispose();
        return new DiscordResult(error);
    }

    private async Task<(HttpResponseMessage? Response, DiscordError? Error)> ExchangeAsync(
        DiscordRoute route, object? body, string? query, CancellationToken cancellationToken)
    {
        if (route.Authenticated && auth.Stopped)
            return (null, new DiscordError(401, 0, "the Discord client stopped after Discord rejected the bot token (401)"));
        using var request = new HttpRequestMessage(route.Method, BuildUri(route, query));
        request.Options.Set(DiscordRoute.OptionKey, route);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (route.Authenticated)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        if (body is not null)
            request.Content = JsonContent.Create(body, BodyContract(body));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(logger, route.RouteKey, e.Message);
            return (null, new DiscordError(0, 0, $"Discord could not be reached: {e.Message}"));
        }
        if (response.IsSuccessStatusCode)
            return (response, null);
        using (response)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                error = error with { RetryAfter = (await RateLimiting.TooManyRequests.ReadAsync(response, cancellationToken)).RetryAfter };
            if (response.StatusCode == HttpStatusCode.Unauthorized && route.Authenticated && auth.Stop())
                LogTokenRejected(logger);
            return (null, error);
        }
    }

    private Uri BuildUri(DiscordRoute route, string? query) =>
        new(options.Value.ApiBaseUrl.TrimEnd('/') + route.Path + (string.IsNullOrEmpty(query) ? "" : "?" + query));

    private static async Task<DiscordError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var parsed) ? parsed : 0;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            var errors = root.TryGetProperty("errors", out var e) ? e.GetRawText() : null;
            return new DiscordError(status, code, message, errors);
        }
        catch (JsonException)
        {
            return new DiscordError(status, 0, $"HTTP {status} {response.ReasonPhrase}");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord rejected the bot token (401 Unauthorized); the Discord client has stopped. Check Discord:Token.")]
    private static partial void LogTokenRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord request {Route} failed: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string route, string reason);

    // A body is a Discord model, written as its own type, or the command list, written as the list whatever collection
    // the caller built (a collection expression's type is compiler-generated, and no JSON context can name it).
    private static JsonTypeInfo BodyContract(object body) =>
        DiscordJson.Options.GetTypeInfo(body is IReadOnlyList<ApplicationCommand> ? typeof(IReadOnlyList<ApplicationCommand>) : body.GetType());
}
