namespace NewsBot.Core.Storage;

/// <summary>One line of a topic's history: who changed what, and when.</summary>
/// <param name="Actor">A Discord user id, or "configuration".</param>
/// <param name="Action">What was done, in words, e.g. "created", "schedule: daily 08:00 → weekdays 07:30".</param>
public sealed record TopicChange(long TopicId, string TopicName, string Actor, string Action, DateTimeOffset At);
