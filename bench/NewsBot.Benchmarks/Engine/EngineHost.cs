using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Benchmarks.Engine;

/// <summary>The executable's real services (<c>AddNewsBot</c>), built but never started: no Quartz, no gateway.</summary>
internal static class EngineHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?> storage, WarningCounter warnings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(storage);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            // Nothing listens on the discard port; the measured phases never call Discord.
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(warnings);
        builder.Services.AddNewsBot();
        return builder.Build();
    }
}
