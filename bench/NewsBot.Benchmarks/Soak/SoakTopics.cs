using System.Globalization;
using NewsBot.Engine.Topics;

namespace NewsBot.Benchmarks.Soak;

/// <summary>The soak's topics, declared in the settings as a self-hoster would: schedules of every kind, several time zones.</summary>
internal static class SoakTopics
{
    private static readonly (string Schedule, string TimeZone)[] Schedules =
    [
        ("hourly", "UTC"),
        ("every 30m", "UTC"),
        ("daily 08:00", "Europe/Berlin"),
        ("every 6h", "UTC"),
        ("weekdays 07:30", "America/New_York"),
    ];

    private const string NamePrefix = "soak-";

    public static int Index(string name) =>
        name.StartsWith(NamePrefix, StringComparison.Ordinal) ? int.Parse(name.AsSpan(NamePrefix.Length), CultureInfo.InvariantCulture) : -1;

    public static string ChannelId(int topic) => (300_000_000_000_000_000L + topic).ToString(CultureInfo.InvariantCulture);

    public static void Configure(IDictionary<string, string?> settings, SoakOptions options, Func<int, string> feedUrl, SoakOutlets outlets)
    {
        for (var t = 0; t < options.Topics; t++)
        {
            var (schedule, zone) = Schedules[t % Schedules.Length];
            settings[$"Topics:{t}:Name"] = NamePrefix + t.ToString(CultureInfo.InvariantCulture);
            settings[$"Topics:{t}:Schedule"] = schedule;
            settings[$"Topics:{t}:TimeZone"] = zone;
            settings[$"Topics:{t}:ChannelId"] = ChannelId(t);
            var feeds = Enumerable.Range(0, options.Feeds).Where(f => outlets.Topic(f) == t).ToList();
            for (var i = 0; i < feeds.Count; i++)
                settings[$"Topics:{t}:Feeds:{i}"] = feedUrl(feeds[i]);
        }
    }

    /// <summary>How many digests the topic's schedule calls for in (start, end].</summary>
    public static int ExpectedDigests(int topic, DateTimeOffset start, DateTimeOffset end)
    {
        var (schedule, zone) = Schedules[topic % Schedules.Length];
        if (!ScheduleParser.TryParse(schedule, zone, out var parsed, out var error))
            throw new InvalidOperationException(error);
        var count = 0;
        for (var next = parsed.NextAfter(start); next is { } due && due <= end; next = parsed.NextAfter(due))
            count++;
        return count;
    }
}
