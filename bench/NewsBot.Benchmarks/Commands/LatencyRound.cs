namespace NewsBot.Benchmarks.Commands;

/// <summary>One burst's timings, how long the fake took to write all its INTERACTION_CREATE frames, and the webhook traffic.</summary>
internal sealed record LatencyRound(string Name, IReadOnlyList<InteractionTiming> Timings, TimeSpan SentOver, WebhookTraffic Webhooks)
{
    public LatencyFigures Initial => LatencyFigures.Of(Timings.Where(t => t.Initial is not null).Select(t => t.Initial!.Value));
    public LatencyFigures Final => LatencyFigures.Of(Timings.Where(t => t.Final is not null).Select(t => t.Final!.Value));
    public int Quoted => Timings.Count(t => t.Quoted);
}
