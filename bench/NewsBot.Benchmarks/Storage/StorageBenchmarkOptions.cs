namespace NewsBot.Benchmarks.Storage;

/// <param name="Articles">Articles stored per provider and run.</param>
/// <param name="Writers">Concurrent writers (pollers storing at once).</param>
/// <param name="Runs">Runs per provider, each on a fresh database; the median is reported.</param>
/// <param name="Batch">Articles per write (a feed's new items through TryAddAllAsync); 1 is TryAddAsync, one transaction each.</param>
internal sealed record StorageBenchmarkOptions(int Articles = 2000, int Writers = 4, int Runs = 3, int Batch = 20)
{
    public const string Known = "--articles N, --writers N, --runs N, --batch N";

    public static StorageBenchmarkOptions Parse(IReadOnlyList<string> args) =>
        NumberArguments.Apply(args, new StorageBenchmarkOptions(), (options, name, value) => name switch
        {
            "--articles" => options with { Articles = value },
            "--writers" => options with { Writers = value },
            "--runs" => options with { Runs = value },
            "--batch" => options with { Batch = value },
            _ => null,
        }, Known);
}
