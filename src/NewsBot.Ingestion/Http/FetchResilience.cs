using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// Total timeout, then jittered exponential retries, then the per-attempt timeout. No circuit breaker: one client
/// serves every site, and one broken site must not open the circuit for the others.
/// </summary>
internal static class FetchResilience
{
    public const string PipelineName = "newsbot-fetch";
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>Every attempt at its full timeout, plus the longest retry delays: the most one fetch may take, redirects included.</summary>
    public static TimeSpan TotalTimeout(FetchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeSpan.FromSeconds(options.TimeoutSeconds) * (options.MaxRetries + 1) + MaxRetryDelay * options.MaxRetries;
    }

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<FetchingOptions>>().Value;
        var attempt = TimeSpan.FromSeconds(options.TimeoutSeconds);
        builder.AddTimeout(TotalTimeout(options));
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                MaxDelay = MaxRetryDelay,
                // A long Retry-After would outlast the total timeout anyway; the next scheduled run is the real retry.
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(TransientFailure.ShouldRetry(args.Outcome)),
            });
        }
        builder.AddTimeout(attempt);
    }
}
