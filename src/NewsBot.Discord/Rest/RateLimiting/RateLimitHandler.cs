using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Diagnostics;

namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>
/// The REST pipeline stage that keeps NewsBot inside Discord's limits: waits for a bucket slot and the global ceiling
/// before sending, learns limits from every response, waits out 429s (a global one pauses every bucket), and retries
/// 502/503/504 and timeouts with backoff. Other 4xx replies go back to the caller untouched.
/// </summary>
internal sealed partial class RateLimitHandler(
    RestRateLimiter limiter, IOptions<DiscordOptions> options, TimeProvider time, ILogger<RateLimitHandler> logger,
    DiscordMetrics? metrics = null) : DelegatingHandler
{
    private const int Max429Retries = 5;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(DiscordRoute.OptionKey, out var route))
            throw new InvalidOperationException("Discord requests must carry their DiscordRoute.");
        var settings = options.Value;
        var failures = 0;
        var limited = 0;
        while (true)
        {
            var lease = await limiter.AcquireAsync(route, cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(request, settings.RequestTimeout, cancellationToken);
            }
            catch (Exception e) when (IsTransient(e, cancellationToken) && failures < settings.MaxRetries)
            {
                limiter.Complete(route, lease, null, success: false);
                LogRetry(logger, route.RouteKey, e.GetType().Name, failures + 1);
                await Task.Delay(RetryBackoff.Delay(failures++, settings.RetryBaseDelay, TimeSpan.FromSeconds(30), Random.Shared), time, cancellationToken);
                continue;
            }
            catch
            {
                limiter.Complete(route, lease, null, success: false);
                throw;
            }
            limiter.Complete(route, lease, RateLimitHeaders.Read(response.Headers), response.IsSuccessStatusCode);
            metrics?.RequestAnswered(route.RouteKey, (int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && limited < Max429Retries && !route.HandsBackRateLimits)
            {
                var tooMany = await TooManyRequests.ReadAsync(response, cancellationToken);
                response.Dispose();
                limited++;
                metrics?.RateLimitWaited();
                if (tooMany.Global)
                    limiter.Global.PauseFor(tooMany.RetryAfter);
                else
                    limiter.BucketFor(route).PauseFor(tooMany.RetryAfter);
                LogRateLimited(logger, route.RouteKey, tooMany.RetryAfter.TotalSeconds, tooMany.Global, tooMany.Scope ?? "user");
                continue;
            }
            if (IsRetryableStatus(response.StatusCode) && failures < settings.MaxRetries)
            {
                response.Dispose();
                LogRetry(logger, route.RouteKey, $"HTTP {(int)response.StatusCode}", failures + 1);
                await Task.Delay(RetryBackoff.Delay(failures++, settings.RetryBaseDelay, TimeSpan.FromSeconds(30), Random.Shared), time, cancellationToken);
                continue;
            }
            return response;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Real time on purpose: the timeout guards the network, not a Discord rule, and must not jump with a test clock.
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        var response = await base.SendAsync(request, attempt.Token);
        await response.Content.LoadIntoBufferAsync(attempt.Token);
        return response;
    }

    private static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord rate limit hit on {Route}: waiting {Seconds:0.###} s (global: {Global}, scope: {Scope})")]
    private static partial void LogRateLimited(ILogger logger, string route, double seconds, bool global, string scope);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord request {Route} failed ({Reason}); retry {Attempt}")]
    private static partial void LogRetry(ILogger logger, string route, string reason, int attempt);
}
