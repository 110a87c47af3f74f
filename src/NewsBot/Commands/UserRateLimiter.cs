using Microsoft.Extensions.Options;

namespace NewsBot.Commands;

/// <summary>
/// A sliding one-minute window per member: at most <see cref="CommandOptions.UserRequestsPerMinute"/> requests, and
/// when it is full, the moment the oldest one leaves the window.
/// </summary>
/// <remarks>
/// Per instance on purpose (issue 17): it bounds the work a member makes the instance that answers do, without a database
/// round trip inside the 3-second rule; N instances behind a load balancer give a member at most N times the budget.
/// </remarks>
public sealed class UserRateLimiter(IOptions<CommandOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Members who stopped asking are swept once this many are remembered, so the map never grows without bound.
    private const int SweepThreshold = 1024;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Counts the request and returns true, or returns false with when the member may ask again.</summary>
    public bool TryAcquire(string userId, out DateTimeOffset retryAt)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_recent.Count > SweepThreshold)
                Sweep(now);
            if (!_recent.TryGetValue(userId, out var recent))
                _recent[userId] = recent = new Queue<DateTimeOffset>();
            while (recent.Count > 0 && recent.Peek() + Window <= now)
                recent.Dequeue();
            if (recent.Count >= options.Value.UserRequestsPerMinute)
            {
                retryAt = recent.Peek() + Window;
                return false;
            }
            recent.Enqueue(now);
            retryAt = now;
            return true;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (user, recent) in _recent.ToList())
        {
            if (recent.Count == 0 || recent.Last() + Window <= now)
                _recent.Remove(user);
        }
    }
}
