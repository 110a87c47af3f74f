using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Feeds.Corpus;

/// <summary>The feed corpus beside the repository (../shared/data/feeds), which a user's clone lacks.</summary>
internal static class SharedData
{
    public static string? FeedsFolder() => TestPaths.SharedDataFolder("feeds");

    public static string RequireFeedsFolder()
    {
        var folder = FeedsFolder();
        if (folder is null)
            Assert.Skip("Evaluation data ../shared/data/feeds is absent (it lives beside the repository on CI only).");
        return folder;
    }
}
