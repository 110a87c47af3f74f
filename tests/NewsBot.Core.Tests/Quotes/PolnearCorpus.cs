using System.Text.Json;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Reads the third-party PolNeAR files from ../shared/data/quotes next to the repository, never from the repo.</summary>
public static class PolnearCorpus
{
    /// <summary>
    /// `../shared/data/quotes` next to the repository root; a git worktree nested deeper looks further up
    /// for the same `shared/data` folder.
    /// </summary>
    public static string? Directory()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsBot.sln")))
        {
            root = root.Parent;
        }

        for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
        {
            var quotes = Path.Combine(dir.FullName, "shared", "data", "quotes");
            if (System.IO.Directory.Exists(quotes))
            {
                return quotes;
            }
        }

        return null;
    }

    /// <summary>The articles of one split, or a skip when the evaluation data is absent (a user's clone).</summary>
    public static IReadOnlyList<GoldArticle> Load(string split)
    {
        var dir = Directory();
        var path = dir is null ? null : Path.Combine(dir, $"polnear-{split}.jsonl");
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"PolNeAR evaluation data not found (expected ../shared/data/quotes/polnear-{split}.jsonl next to the repository).");
        }

        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<GoldArticle>(line)!)
            .ToList();
    }
}
