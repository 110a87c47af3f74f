using System.Diagnostics;
using NewsBot.Core.Topics;
using NewsBot.Engine.Digests;
using NewsBot.Presentation;

namespace NewsBot.Benchmarks.Engine;

/// <summary>Every topic's digest composed and rendered into Discord messages, one after another; nothing is sent or stored.</summary>
internal static class DigestRound
{
    public static async Task<DigestTotals> RunAsync(
        TopicDigestComposer composer, DigestRenderer renderer, IReadOnlyList<Topic> topics,
        DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var totals = new DigestTotals();
        foreach (var topic in topics)
        {
            var started = Stopwatch.GetTimestamp();
            var stories = await composer.ComposeAsync(topic, since, until, cancellationToken);
            var messages = renderer.Render(topic.Name, DigestWording.Window(since, until, DigestWording.ZoneOf(topic)), stories);
            totals = totals.Add(stories, messages.Count, Stopwatch.GetElapsedTime(started), topic.Query.Length > 0);
        }
        return totals;
    }
}
