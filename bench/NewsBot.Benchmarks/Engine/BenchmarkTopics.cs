using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// The topics of the run: consecutive runs of feeds, every feed in exactly one topic. Every fourth topic has a word
/// query (so the composer's word index works too); the rest take everything their feeds publish.
/// </summary>
internal static class BenchmarkTopics
{
    private static readonly string[] Queries = ["harbour", "ferry OR bridge OR tram", "budget -festival", "\"sea wall\" OR flood OR dredging"];

    public static async Task<IReadOnlyList<Topic>> CreateAsync(ITopicStore store, IReadOnlyList<string> feedUrls, int count, CancellationToken cancellationToken)
    {
        var perTopic = Math.Max(1, feedUrls.Count / count);
        var topics = new List<Topic>(count);
        for (var t = 0; t < count && t * perTopic < feedUrls.Count; t++)
        {
            var last = t == count - 1 ? feedUrls.Count : Math.Min(feedUrls.Count, (t + 1) * perTopic);
            var topic = new Topic
            {
                Name = $"Bench topic {t:D3}",
                GuildId = "100000000000000001",
                ChannelId = (200000000000000000L + t).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Query = t % 4 == 1 ? Queries[t / 4 % Queries.Length] : string.Empty,
                Schedule = "daily 08:00",
                TimeZone = "UTC",
                Feeds = [.. feedUrls.Take(last).Skip(t * perTopic)],
            };
            topics.Add(await store.SaveAsync(topic, "engine-benchmark", "create", cancellationToken));
        }
        return topics;
    }

    public static int WithQuery(IEnumerable<Topic> topics) => topics.Count(t => t.Query.Length > 0);
}
