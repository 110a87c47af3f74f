using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace NewsBot.Ingestion.Http;

internal static class FetchingRegistration
{
    public static IServiceCollection AddNewsBotFetching(this IServiceCollection services)
    {
        services.AddFetchingOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<AddressGuard>();
        services.TryAddSingleton<GuardedConnector>();
        services.TryAddTransient<ResponseBodyLimiter>();
        // Handlers run in registration order: resilience outermost, so each retry re-reads (and re-caps) the body.
        var client = services.AddHttpClient(WebFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        client.AddResilienceHandler(FetchResilience.PipelineName, FetchResilience.Configure);
        client.AddHttpMessageHandler<ResponseBodyLimiter>();
        // Polly logs a timeout or a failed attempt at Error, though each is expected and handled: the fetch's caller
        // reports what finally failed (one line in the CLI, a feed failure in the bot). Logged at Information instead.
        services.Configure<TelemetryOptions>(telemetry => telemetry.SeverityProvider = args =>
            args.Event.Severity > ResilienceEventSeverity.Information ? ResilienceEventSeverity.Information : args.Event.Severity);
        services.TryAddSingleton<IWebFetcher, WebFetcher>();
        return services;
    }

    /// <summary>The "Fetching" section, which also caps local files.</summary>
    public static IServiceCollection AddFetchingOptions(this IServiceCollection services)
    {
        services.AddOptions<FetchingOptions>()
            .BindConfiguration(FetchingOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchingOptions>, FetchingOptionsValidator>());
        return services;
    }

    private static SocketsHttpHandler CreatePrimaryHandler(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<FetchingOptions>>().Value;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = services.GetRequiredService<GuardedConnector>().ConnectAsync,
            ConnectTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            // A proxy would make the connect callback check the proxy, not the destination.
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
    }
}
