using System.ComponentModel.DataAnnotations;

namespace NewsBot.Engine.Polling;

/// <summary>How often feeds are polled, how far back a new feed is read, and when a failing feed is paused.</summary>
public sealed class PollingOptions
{
    public const string SectionName = "Polling";

    [Range(5, 1440)]
    public int IntervalMinutes { get; set; } = 15;

    /// <summary>On a feed's first poll, older items are stored as searchable backfill and never delivered.</summary>
    [Range(0, 720)]
    public int BackfillHours { get; set; } = 24;

    /// <summary>Failures in a row after which the feed is paused until a moderator resumes it.</summary>
    [Range(1, 100)]
    public int FailuresBeforePause { get; set; } = 5;

    /// <summary>Longest wait between retries of a failing feed; the wait doubles with every failure until then.</summary>
    [Range(5, 10080)]
    public int MaxBackoffMinutes { get; set; } = 1440;

    /// <summary>The scheduler spreads the first polls over this window so a restart does not fetch every feed at once.</summary>
    [Range(0, 3600)]
    public int FirstPollWindowSeconds { get; set; } = 60;

    [Range(1, 32)]
    public int ParallelArticleFetches { get; set; } = 4;

    /// <summary>Items read per poll, in feed order; a feed listing more is read up to this many.</summary>
    [Range(1, 1000)]
    public int MaxItemsPerPoll { get; set; } = 100;

    /// <summary>
    /// The most one poll may take, the feed and all its pages together; a poll still running then is a failure of the
    /// feed (back-off, pause), and its unread items are read at the next poll.
    /// </summary>
    [Range(1, 60)]
    public int PollDeadlineMinutes { get; set; } = 5;

    public TimeSpan Interval => TimeSpan.FromMinutes(IntervalMinutes);
}
