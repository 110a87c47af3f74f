using System.Collections.Concurrent;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// The fake's forums: the tags each offers (Discord allows 20; a post takes at most 5, all of them existing), the posts
/// started in them, and crossposts of announcement-channel messages with Discord's hourly limit per channel.
/// </summary>
public sealed class FakeForums
{
    public const int MaxTags = 20;
    public const int MaxAppliedTags = 5;
    public const int MaxTagNameLength = 20;

    /// <summary>Tags by forum channel id.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<FakeForumTag>> Tags { get; } = new();

    /// <summary>Posts (threads) by thread id.</summary>
    public ConcurrentDictionary<string, FakeThread> Threads { get; } = new();

    /// <summary>Messages published by crosspost, with when, in the order accepted.</summary>
    public ConcurrentQueue<(string ChannelId, string MessageId, DateTimeOffset At)> Crossposts { get; } = new();

    /// <summary>Crossposts one channel may publish per <see cref="CrosspostPeriod"/> ("about 10 an hour").</summary>
    public int CrosspostLimit { get; set; } = 10;

    public TimeSpan CrosspostPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Crosspost requests answered 429.</summary>
    public int CrosspostsRateLimited { get; internal set; }

    public IReadOnlyList<FakeForumTag> TagsOf(string forumId) => Tags.GetValueOrDefault(forumId) ?? [];

    public IReadOnlyList<FakeThread> PostsIn(string forumId) => [.. Threads.Values.Where(t => t.ForumId == forumId).OrderBy(t => t.Id, StringComparer.Ordinal)];
}
