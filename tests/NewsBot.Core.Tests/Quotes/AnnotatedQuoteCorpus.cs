using System.Text.Json;
using NewsBot.Evaluation;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Reads the third-party PolNeAR files from ../shared/data/quotes next to the repository, never from the repo.</summary>
public static class AnnotatedQuoteCorpus
{
    /// <summary>The articles of one split, or a skip when the evaluation data is absent (a user's clone).</summary>
    public static IReadOnlyList<GoldArticle> Load(string split)
    {
        var dir = TestPaths.SharedDataFolder("quotes");
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
