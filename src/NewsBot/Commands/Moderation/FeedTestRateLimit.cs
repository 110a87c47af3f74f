namespace NewsBot.Commands.Moderation;

/// <summary>
/// At most <see cref="CallsPerWindow"/> /feed test calls per user per minute: each one fetches a feed and several
/// pages, so a moderator cannot turn the bot into a crawler.
/// </summary>
internal sealed class FeedTestRateLimit(TimeProvider time)
{
    public const int CallsPerWindow = 5;
    private const int SweepAbove = 256;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <returns>Null when the call may go ahead (and is counted), else when the user may try again.</returns>
    public DateTimeOffset? TryAcquire(string userId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_calls.Count > SweepAbove)
                Sweep(now);
            if (!_calls.TryGetValue(userId, out var calls))
                _calls[userId] = calls = new Queue<DateTimeOffset>();
            while (calls.Count > 0 && calls.Peek() <= now - Window)
                calls.Dequeue();
            if (calls.Count >= CallsPerWindow)
                return calls.Peek() + Window;
            calls.Enqueue(now);
            return null;
        }
    }

    // Users who stopped testing would otherwise keep their queue forever.
    private void Sweep(DateTimeOffset now)
    {
        foreach (var user in _calls.Where(c => c.Value.Count == 0 || c.Value.Last() <= now - Window).Select(c => c.Key).ToList())
            _calls.Remove(user);
    }
}
