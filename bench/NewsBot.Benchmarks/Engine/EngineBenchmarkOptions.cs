namespace NewsBot.Benchmarks.Engine;

/// <summary>The arguments of <c>engine [--feeds 1000] [--items 20] [--topics 100] [--parallel 8] [--provider sqlite|postgres]</c>.</summary>
internal sealed record EngineBenchmarkOptions(int Feeds = 1000, int Items = 20, int Topics = 100, int Parallel = 8)
{
    public string Provider { get; init; } = "sqlite";

    public static EngineBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var (provider, rest) = ProviderArgument.Split(args);
        return ParseNumbers(rest) with { Provider = provider ?? "sqlite" };
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
