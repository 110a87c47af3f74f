using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Pending select-menu choices by token, for as long as Discord lets the reply be used (15 minutes), each taken once and
/// only by the moderator it was offered to, in the server it was offered in. Bounded: the oldest go first.
/// </summary>
internal sealed class FeedChoices(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public const int MaxPending = 1000;
    private const int TokenLength = 12;

    private readonly ConcurrentDictionary<string, FeedChoice> _pending = new(StringComparer.Ordinal);

    /// <returns>The token the menu's custom id carries, and the choice as kept.</returns>
    public (string Token, FeedChoice Choice) Add(Func<DateTimeOffset, FeedChoice> choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var now = time.GetUtcNow();
        foreach (var expired in _pending.Where(p => p.Value.Expires <= now).Select(p => p.Key).ToList())
            _pending.TryRemove(expired, out _);
        foreach (var oldest in _pending.OrderBy(p => p.Value.Expires).Take(Math.Max(0, _pending.Count - MaxPending + 1)).Select(p => p.Key).ToList())
            _pending.TryRemove(oldest, out _);
        var token = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", TokenLength);
        var kept = choice(now + Lifetime);
        _pending[token] = kept;
        return (token, kept);
    }

    /// <summary>The choice behind <paramref name="token"/>, removed; null when unknown, expired, or not this member's in this server.</summary>
    public FeedChoice? TryTake(string token, string guildId, string userId)
    {
        if (!_pending.TryGetValue(token, out var choice) || choice.GuildId != guildId || choice.UserId != userId)
            return null;
        if (!_pending.TryRemove(new KeyValuePair<string, FeedChoice>(token, choice)))
            return null;
        return choice.Expires > time.GetUtcNow() ? choice : null;
    }
}
