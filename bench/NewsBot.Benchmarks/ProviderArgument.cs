namespace NewsBot.Benchmarks;

/// <summary>The <c>--provider sqlite|postgres</c> argument of the storage-backed commands, taken out of the others.</summary>
internal static class ProviderArgument
{
    /// <returns>The provider named (null when not given) and the remaining arguments.</returns>
    public static (string? Provider, IReadOnlyList<string> Others) Split(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf("--provider");
        if (at < 0)
            return (null, args);
        var provider = at + 1 < args.Count && args[at + 1] is "sqlite" or "postgres"
            ? args[at + 1]
            : throw new ArgumentException("--provider takes sqlite or postgres");
        return (provider, [.. args.Take(at), .. args.Skip(at + 2)]);
    }
}
