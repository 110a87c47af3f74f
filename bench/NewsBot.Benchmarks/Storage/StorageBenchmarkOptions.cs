namespace NewsBot.Benchmarks.Storage;

/// <param name="Articles">Articles stored per provider and run.</param>
/// <param name="Writers">Concurrent writers (pollers storing at once).</param>
/// <param name="Runs">Runs per provider, each on a fresh database; the median is reported.</param>
internal sealed record StorageBenchmarkOptions(int Articles = 2000, int Writers = 4, int Runs = 3)
{
    public const string Known = "--articles N, --writers N, --runs N";

    public static StorageBenchmarkOptions Parse(IReadOnlyList<string> args) =>
        NumberArguments.Apply(args, new StorageBenchmarkOptions(), (options, name, value) => name switch
        {
            "--articles" => options with { Articles = value },
            "--writers" => options with { Writers = value },
            "--runs" => options with { Runs = value },
            _ => null,
        }, Known);
}
