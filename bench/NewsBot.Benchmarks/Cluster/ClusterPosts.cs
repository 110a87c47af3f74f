using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.Cluster;

/// <summary>
/// What the fake Discord's records say about each scheduled firing of each topic: the messages it accepted in the topic's
/// channel during that minute, told apart by nonce (a resend of the same message carries the same nonce and is shown once).
/// </summary>
internal sealed record ClusterPosts(string Channel, DateTimeOffset Firing, int Messages, int Resends, TimeSpan? FirstAfter)
{
    public static List<ClusterPosts> Read(FakeDiscordServer fake, IReadOnlyList<string> channels, IReadOnlyList<DateTimeOffset> firings)
    {
        var posts = fake.Requests
            .Where(r => r.Method == "POST" && r.Status == 200)
            .Select(r => (Request: r, Channel: channels.FirstOrDefault(c => r.Path.EndsWith($"/channels/{c}/messages", StringComparison.Ordinal))))
            .Where(p => p.Channel is not null)
            .Select(p => (p.Channel, p.Request.At, Nonce: Nonce(p.Request.Body)))
            .ToList();
        return [.. from channel in channels
                   from firing in firings
                   let within = posts.Where(p => p.Channel == channel && p.At >= firing && p.At < firing.AddMinutes(1)).ToList()
                   let distinct = within.Select(p => p.Nonce).Distinct(StringComparer.Ordinal).Count()
                   select new ClusterPosts(channel, firing, distinct, within.Count - distinct, within.Count == 0 ? null : within.Min(p => p.At) - firing)];
    }

    private static string Nonce(string body) =>
        (JsonNode.Parse(body) as JsonObject)?["nonce"]?.ToString() ?? Guid.NewGuid().ToString("N");
}
