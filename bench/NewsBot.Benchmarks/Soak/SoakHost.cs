using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Benchmarks.Engine;
using NewsBot.Discord;
using Quartz;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The whole bot (<c>AddNewsBot</c>: storage, Quartz, polling, digests, outbox) on the simulated clock, started as
/// <c>run</c> starts it, but without the gateway: digests go to the fake Discord's REST API, and heartbeats would need
/// real time.
/// </summary>
internal static class SoakHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?> settings, TimeProvider clock, SoakActivity activity, WarningCounter warnings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(warnings);
        builder.Services.AddSingleton(clock);
        builder.Services.AddNewsBot();
        builder.Services.AddQuartz(quartz => quartz.AddJobListener(activity, [Matchers.AllJobs()]));
        var gateway = builder.Services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationFactory?.Method.ReturnType == typeof(DiscordBotService)).ToList();
        foreach (var descriptor in gateway)
            builder.Services.Remove(descriptor);
        return builder.Build();
    }
}
