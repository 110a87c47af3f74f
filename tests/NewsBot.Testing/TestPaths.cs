namespace NewsBot.Testing;

/// <summary>Where the repository and the shared evaluation corpora are, seen from a test's output folder.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>True when the environment says CI (<c>CI=true</c>), where the corpora must be present.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A folder of the evaluation data in <c>../shared/data</c> beside the repository (present in CI, absent in a user's clone),
    /// or null so the caller can skip with a clear message. Folders further up are searched too, for git worktrees.
    /// </summary>
    /// <exception cref="InvalidOperationException">On CI the folder is missing: a corpus guard must fail there, not skip.</exception>
    public static string? SharedDataFolder(string name) => SharedDataFolder(name, failWhenMissing: OnCi);

    /// <param name="failWhenMissing">Throw rather than return null (CI, where a skipped guard would pass silently).</param>
    public static string? SharedDataFolder(string name, bool failWhenMissing)
    {
        for (var dir = Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", name);
            if (Directory.Exists(path))
                return path;
        }
        return failWhenMissing
            ? throw new InvalidOperationException($"../shared/data/{name} is missing beside the repository; on CI the corpus guards must run, not skip.")
            : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"NewsBot.sln not found above {AppContext.BaseDirectory}");
    }
}
