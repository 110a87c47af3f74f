namespace NewsBot.Testing;

/// <summary>Where the repository and the shared evaluation corpora are, seen from a test's output folder.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary><c>../shared/data</c> next to the repository: present in CI, absent in a user's clone.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>A folder of <see cref="SharedData"/>, or null (the caller skips with a clear message).</summary>
    public static string? SharedDataFolder(string name)
    {
        var path = Path.Combine(SharedData, name);
        return Directory.Exists(path) ? path : null;
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
