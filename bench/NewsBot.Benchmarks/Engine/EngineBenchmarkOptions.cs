namespace NewsBot.Benchmarks.Engine;

/// <summary>The arguments of <c>engine [--feeds 1000] [--items 20] [--topics 100] [--parallel 8] [--provider sqlite|postgres]</c>.</summary>
internal sealed record EngineBenchmarkOptions(int Feeds = 1000, int Items = 20, int Topics = 100, int Parallel = 8)
{
    public string Provider { get; init; } = "sqlite";

    public static EngineBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf("--provider");
        if (at < 0)
            return ParseNumbers(args);
        var provider = at + 1 < args.Count && args[at + 1] is "sqlite" or "postgres"
            ? args[at + 1]
            : throw new ArgumentException("--provider takes sqlite or postgres");
        return ParseNumbers([.. args.Take(at), .. args.Skip(at + 2)]) with { Provider = provider };
    }

    private static EngineBenchmarkOptions ParseNumbers(IReadOnlyList<string> args) =>
        NumberArguments.Apply(args, new EngineBenchmarkOptions(), (options, name, value) => name switch
        {
            "--feeds" => options with { Feeds = value },
            "--items" => options with { Items = value },
            "--topics" => options with { Topics = value },
            "--parallel" => options with { Parallel = value },
            _ => null,
        }, "--feeds, --items, --topics, --parallel, --provider");
}
