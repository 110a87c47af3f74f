using System.Text.RegularExpressions;

namespace NewsBot.Benchmarks.PollCluster;

/// <summary>What one instance's log says it polled: the poller's line per feed ("…/feeds/7.xml: fetched, 20 new, 0 backfilled").</summary>
internal sealed partial record InstancePolls(IReadOnlyList<int> Feeds, int Articles, int Failures)
{
    public static InstancePolls Read(string logFile)
    {
        var feeds = new List<int>();
        var (articles, failures) = (0, 0);
        foreach (var line in File.Exists(logFile) ? File.ReadLines(logFile) : [])
        {
            if (line.Contains("poll failed", StringComparison.Ordinal))
                failures++;
            if (PolledLine().Match(line) is not { Success: true } match)
                continue;
            feeds.Add(int.Parse(match.Groups["feed"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            articles += int.Parse(match.Groups["new"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
                + int.Parse(match.Groups["backfilled"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        }
        return new InstancePolls(feeds, articles, failures);
    }

    [GeneratedRegex(@"/feeds/(?<feed>\d+)\.xml: (?:fetched|not modified), (?<new>\d+) new, (?<backfilled>\d+) backfilled")]
    private static partial Regex PolledLine();
}
