namespace NewsBot.Benchmarks.Soak;

/// <summary>The arguments of <c>soak [--feeds 200] [--bad 20] [--topics 5] [--hours 24] [--speed 10] [--allocations 1] [--in-process 1]</c>.</summary>
/// <param name="Allocations">Sample the runtime's allocation ticks and print the types most allocated, per heap.</param>
/// <param name="Speed">Simulated seconds per real second while jobs run (between jobs the clock jumps to the next trigger).</param>
/// <param name="InProcess">Run the outlets and the fake Discord in the bot's process, as before (the figures then include them).</param>
internal sealed record SoakOptions(
    int Feeds = 200, int Bad = 20, int Topics = 5, int Hours = 24, int Speed = 10, bool Allocations = false, bool InProcess = false)
{
    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = NumberArguments.Apply(args, new SoakOptions(), (options, name, value) => name switch
        {
            "--feeds" => options with { Feeds = value },
            "--bad" => options with { Bad = value },
            "--topics" => options with { Topics = value },
            "--hours" => options with { Hours = value },
            "--speed" => options with { Speed = value },
            "--allocations" => options with { Allocations = value > 0 },
            "--in-process" => options with { InProcess = value > 0 },
            _ => null,
        }, "--feeds, --bad, --topics, --hours, --speed, --allocations, --in-process");
        return options.Bad > options.Feeds ? throw new ArgumentException("--bad cannot exceed --feeds") : options;
    }
}
