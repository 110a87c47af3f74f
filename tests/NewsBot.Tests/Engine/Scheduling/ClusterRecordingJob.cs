using Quartz;

namespace NewsBot.Tests.Engine.Scheduling;

/// <summary>Records its run in the shared <see cref="ClusterRuns"/>; ignores cancellation, so a hanging run outlives its node's shutdown.</summary>
internal sealed class ClusterRecordingJob(ClusterRuns runs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runs.RecordAsync(context.Scheduler.SchedulerInstanceId, context.Recovering);
}
