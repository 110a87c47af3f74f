using System.Text.Json;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Reads the third-party PolNeAR files from ../shared/data/quotes next to the repository, never from the repo.</summary>
public static class PolnearCorpus
{
    public static string? Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                var quotes = Path.Combine(dir.FullName, "..", "shared", "data", "quotes");
                return System.IO.Directory.Exists(quotes) ? Path.GetFullPath(quotes) : null;
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
