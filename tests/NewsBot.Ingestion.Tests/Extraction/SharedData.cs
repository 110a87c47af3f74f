namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>
/// Locates the third-party evaluation data that lives beside the repository (../shared/data), never inside it.
/// Ancestors further up are tried too, so a git worktree nested one level deeper finds the same folder.
/// </summary>
internal static class SharedData
{
    public static string? Folder(string relative)
    {
        var root = RepositoryRoot();
        for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", relative);
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static DirectoryInfo? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                return dir;
            }
        }

        return null;
    }
}
