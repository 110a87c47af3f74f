using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Engine.Polling;

/// <summary>
/// <c>Catalog:MaxPollsPerMinute</c>: catalogue sources polled in one clock minute, every topic and server together.
/// Counted per minute of the injected clock, so a round that fires twice in a minute (a late trigger, a restart) gets
/// only what is left; an outlet over the cap waits for the next minute.
/// </summary>
public sealed class CatalogPollBudget(IOptions<CatalogOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _minute = -1;
    private int _spent;

    /// <summary>Takes up to <paramref name="wanted"/> polls from this minute's budget; how many were granted.</summary>
    public int Take(int wanted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wanted);
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        lock (_gate)
        {
            if (minute != _minute)
                (_minute, _spent) = (minute, 0);
            var granted = Math.Min(wanted, options.Value.MaxPollsPerMinute - _spent);
            _spent += granted;
            return granted;
        }
    }
}
