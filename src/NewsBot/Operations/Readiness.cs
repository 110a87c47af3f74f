using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Discord;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions.Http;
using Quartz;

namespace NewsBot.Operations;

/// <summary>
/// What the bot still waits for before it does its work: the database, the scheduler, its commands registered, a gateway
/// session that is up now (none in http interactions mode, where a load balancer may send interactions to an instance as
/// soon as it is ready).
/// </summary>
internal sealed class Readiness(IServiceProvider bot)
{
    public async Task<IReadOnlyList<string>> WaitingForAsync(CancellationToken cancellationToken)
    {
        var waiting = new List<string>();
        if (!await DatabaseAnswersAsync(cancellationToken))
            waiting.Add("database");
        var scheduler = await bot.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        if (scheduler.Status != SchedulerStatus.Running)
            waiting.Add("scheduler");
        var httpInteractions = bot.GetRequiredService<IOptions<DiscordOptions>>().Value.InteractionsMode == InteractionsMode.Http;
        if (!bot.GetRequiredService<DiscordBotService>().CommandsRegistered)
            waiting.Add("commands (not registered yet)");
        if (!httpInteractions && bot.GetRequiredService<DiscordGatewayClient>().Readiness.WaitingFor() is { } gateway)
            waiting.Add($"gateway ({gateway})");
        return waiting;
    }

    private async Task<bool> DatabaseAnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Measuring reads the database's page counts: a cheap query that needs the file open and readable.
            await bot.GetRequiredService<IRetentionStore>().MeasureAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
        {
            return false;
        }
    }
}
