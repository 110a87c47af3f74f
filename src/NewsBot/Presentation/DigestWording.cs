using NewsBot.Core.Topics;

namespace NewsBot.Presentation;

/// <summary>The words a digest uses about time, in the topic's own time zone: its window and its forum thread's name.</summary>
public static class DigestWording
{
    public const int MaxThreadNameLength = 100;
    private const string Separator = " · ";

    /// <summary>"since Tue 08:00" within a week, "since 21 Nov 08:00" for a longer window; in German "seit Di. 08:00".</summary>
    /// <param name="texts">The topic's words and culture; English when null.</param>
    public static string Window(DateTimeOffset windowStart, DateTimeOffset windowEnd, TimeZoneInfo zone, DigestTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        texts ??= DigestTexts.English;
        var start = TimeZoneInfo.ConvertTime(windowStart, zone);
        var format = windowEnd - windowStart < TimeSpan.FromDays(6) ? "ddd HH:mm" : "d MMM HH:mm";
        return texts.Get("since", ("time", start.ToString(format, texts.Culture)));
    }

    /// <summary>"World · 30 Nov 2026", the topic cut short so the whole name fits Discord's 100 characters.</summary>
    public static string ThreadName(string topicName, DateTimeOffset scheduledAt, TimeZoneInfo zone, DigestTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        texts ??= DigestTexts.English;
        var date = Separator + TimeZoneInfo.ConvertTime(scheduledAt, zone).ToString("d MMM yyyy", texts.Culture);
        var name = string.IsNullOrWhiteSpace(topicName) ? texts.Get("defaultTopic") : topicName.Trim();
        return QuoteShortener.Shorten(name, MaxThreadNameLength - date.Length) + date;
    }

    /// <summary>The topic's zone; UTC for a zone this machine does not know (topics are checked when saved).</summary>
    public static TimeZoneInfo ZoneOf(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return TimeZoneInfo.TryFindSystemTimeZoneById(topic.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
