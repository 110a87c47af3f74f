using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Discord.Interactions.Http;

namespace NewsBot.Operations;

/// <summary>
/// <c>/healthz</c> (the process answers), <c>/readyz</c> (database, scheduler and gateway session) and <c>/metrics</c> on Kestrel at
/// <c>Http:Urls</c>, and <c>/interactions</c> in http interactions mode. A small web host of its own beside the bot's host, so the other verbs never start a web server.
/// </summary>
internal static class HealthEndpoints
{
    public const string UrlsSetting = "Http:Urls";
    public const string DefaultUrls = "http://localhost:8080";

    public static WebApplication Build(IServiceProvider bot)
    {
        // The empty builder: Kestrel and routing only. The slim one also read appsettings.json from the working folder,
        // watched it for changes (a FileSystemWatcher thread) and added host filtering and forwarded headers, none of
        // which these three GET endpoints use; every assembly not loaded is memory an idle bot does not hold (issue 15).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        var configuration = bot.GetRequiredService<IConfiguration>();
        builder.WebHost.UseUrls((configuration[UrlsSetting] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries));
        builder.Services.AddMetricsExport(configuration);
        var sampler = new BacklogSampler(bot, bot.GetRequiredService<TimeProvider>());
        builder.Services.AddHostedService(_ => sampler);
        builder.Services.AddHostedService(_ => ActivatorUtilities.CreateInstance<MemoryReport>(bot));
        var app = builder.Build();
        var readiness = new Readiness(bot);
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        // Each scrape sees the paused feeds and the outbox as they are now, not as of the last periodic sample.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == MetricsExport.Path)
                await sampler.SampleAsync(context.RequestAborted);
            await next(context);
        });
        app.MapMetrics();
        app.MapGet("/readyz", async (CancellationToken cancellationToken) =>
        {
            var waiting = await readiness.WaitingForAsync(cancellationToken);
            return waiting.Count == 0
                ? Results.Text("ready\n")
                : Results.Text($"not ready: {string.Join(", ", waiting)}\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        if (bot.GetRequiredService<IOptions<DiscordOptions>>().Value.InteractionsMode == InteractionsMode.Http)
            app.MapInteractions(bot);
        return app;
    }
}
