using Microsoft.Extensions.Logging;
using Quartz;

namespace NewsBot.Engine.Retention;

/// <summary>The daily pruning; a failure is logged and the next day tries again.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(RetentionPruner pruner, ILogger<RetentionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await pruner.PruneAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Pruning old data failed; it runs again tomorrow");
        }
    }
}
