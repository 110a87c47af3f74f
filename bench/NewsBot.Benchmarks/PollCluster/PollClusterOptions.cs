namespace NewsBot.Benchmarks.PollCluster;

/// <summary>The arguments of <c>poll-cluster [--instances 2] [--feeds 1000] [--items 20] [--provider postgres|sqlite]</c>.</summary>
internal sealed record PollClusterOptions(int Instances = 2, int Feeds = 1000, int Items = 20)
{
    public string Provider { get; init; } = "postgres";

    public string App { get; init; } = Startup.AppProcess.BuiltDll;

    public static PollClusterOptions Parse(IReadOnlyList<string> args)
    {
        var (provider, rest) = ProviderArgument.Split(args);
        return Validated(ParseNumbers(rest) with { Provider = provider ?? "postgres" });
    }

    // SQLite is one process's database: a second instance would only wait on its write lock.
    private static PollClusterOptions Validated(PollClusterOptions options) =>
        options.Provider == "sqlite" && options.Instances > 1 ? throw new ArgumentException("--provider sqlite runs one instance") : options;

    private static PollClusterOptions ParseNumbers(IReadOnlyList<string> args) =>
        NumberArguments.Apply(args, new PollClusterOptions(), (options, name, value) => name switch
        {
            "--instances" => options with { Instances = value },
            "--feeds" => options with { Feeds = value },
            "--items" => options with { Items = value },
            _ => null,
        }, "--instances, --feeds, --items, --provider");
}
