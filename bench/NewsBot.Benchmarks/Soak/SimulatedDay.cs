using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Drives the simulated clock: while no job runs and none is due it jumps to the next trigger; while jobs run (or wait
/// for a thread) it flows at <c>speed</c> simulated seconds per real second, so timeouts, retry delays and slow outlets
/// take simulated time, and a digest held up by real work starts late on the simulated clock as it would on a real one.
/// </summary>
internal sealed class SimulatedDay(FakeTimeProvider clock, IOutletServers outlets, IScheduler scheduler, SoakActivity activity, int speed)
{
    private static readonly TimeSpan RealStep = TimeSpan.FromMilliseconds(20);

    public int Jumps { get; private set; }

    /// <summary>Simulated time that passed while the engine was busy.</summary>
    public TimeSpan Busy { get; private set; }

    public async Task RunUntilAsync(DateTimeOffset end, CancellationToken cancellationToken)
    {
        while (clock.GetUtcNow() < end)
        {
            if (await IsQuietAsync(cancellationToken))
            {
                await AdvanceAsync(await NextFireTimeAsync(end, cancellationToken) - clock.GetUtcNow(), cancellationToken);
                Jumps++;
                continue;
            }
            await Task.Delay(RealStep, cancellationToken);
            var step = RealStep * speed;
            await AdvanceAsync(step, cancellationToken);
            Busy += step;
        }
    }

    /// <summary>
    /// Fires nothing more and lets the clock flow until every running job has ended: a job that started at the last
    /// moment (a poll waiting for a slow outlet, a retry delay) waits on the simulated clock, and stopping the host
    /// would otherwise wait for it for ever.
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        await scheduler.Standby(cancellationToken);
        while (true)
        {
            var running = await scheduler.QueryFireInstances(new FireInstanceQuery { Take = PagedQuery.All }, cancellationToken);
            if (running.Items.All(f => activity.HasEnded(f.FireInstanceId)))
                return;
            await Task.Delay(RealStep, cancellationToken);
            await AdvanceAsync(RealStep * speed, cancellationToken);
        }
    }

    /// <summary>The outlets' clock first: a request the bot makes once its clock has moved never sees an older time.</summary>
    private async Task AdvanceAsync(TimeSpan step, CancellationToken cancellationToken)
    {
        await outlets.MoveClockAsync(clock.GetUtcNow() + step, cancellationToken);
        clock.Advance(step);
    }

    /// <summary>
    /// Nothing due and nothing running. Quartz moves a fired trigger on and records its firing in one step, so reading
    /// the due triggers before the running firings misses nothing, unless a job ended in between: the version tells.
    /// </summary>
    private async Task<bool> IsQuietAsync(CancellationToken cancellationToken)
    {
        var version = activity.Version;
        var due = await scheduler.QueryTriggers(
            new TriggerQuery { NextFireTimeBefore = clock.GetUtcNow().AddTicks(1), Take = PagedQuery.All }, cancellationToken);
        if (due.Items.Count > 0)
            return false;
        var running = await scheduler.QueryFireInstances(new FireInstanceQuery { Take = PagedQuery.All }, cancellationToken);
        return running.Items.All(f => activity.HasEnded(f.FireInstanceId)) && activity.Version == version;
    }

    private async Task<DateTimeOffset> NextFireTimeAsync(DateTimeOffset end, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { NextFireTimeBefore = end, Take = PagedQuery.All }, cancellationToken);
        return triggers.Items.Select(t => t.NextFireTimeUtc).Where(t => t > now).Min() ?? end;
    }
}
