namespace NewsBot.Benchmarks.Commands;

/// <summary>One burst's timings, and how long the fake took to write all its INTERACTION_CREATE frames.</summary>
internal sealed record LatencyRound(string Name, IReadOnlyList<InteractionTiming> Timings, TimeSpan SentOver)
{
    public LatencyFigures Initial => LatencyFigures.Of(Timings.Where(t => t.Initial is not null).Select(t => t.Initial!.Value));
    public LatencyFigures Final => LatencyFigures.Of(Timings.Where(t => t.Final is not null).Select(t => t.Final!.Value));
    public int Quoted => Timings.Count(t => t.Quoted);
}
