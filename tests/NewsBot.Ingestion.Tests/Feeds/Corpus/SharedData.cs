namespace NewsBot.Ingestion.Tests.Feeds.Corpus;

/// <summary>
/// Locates the third-party evaluation data beside the repository (../shared/data), which a user's clone lacks.
/// A git worktree sits one level deeper than the main checkout, so the folders above the root are searched too.
/// </summary>
internal static class SharedData
{
    public static string? FeedsFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsBot.sln")))
            root = root.Parent;
        for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
        {
            var feeds = Path.Combine(dir.FullName, "shared", "data", "feeds");
            if (Directory.Exists(feeds))
                return feeds;
        }
        return null;
    }

    public static string RequireFeedsFolder()
    {
        var folder = FeedsFolder();
        if (folder is null)
            Assert.Skip("Evaluation data ../shared/data/feeds is absent (it lives beside the repository on CI only).");
        return folder;
    }
}
