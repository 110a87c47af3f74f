using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Quotes.Entities;

/// <summary>One article of a corpus: its text, language and the gold speakers that are written like names.</summary>
public sealed record SpeakerNameArticle(string Text, string Language, IReadOnlyList<string> SpeakerNames);

/// <summary>
/// Gold speaker names from ../shared/data: the "tune" split of quotes-news (the "check" split is never read here) and
/// PolNeAR, whose train split is cut into a part we tuned on (three articles in four) and a held part.
/// </summary>
public static class SpeakerNameCorpus
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "der", "den", "da", "di", "del", "della", "du", "dos", "das", "do", "la", "le", "bin", "al", "el", "y", "e",
    };

    public static IReadOnlyList<SpeakerNameArticle> NewsTune()
    {
        var path = Require("quotes-news", "news-dev.jsonl");
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(row => row.GetProperty("split").GetString() == "tune")
            .Select(row => Article(row, row.GetProperty("lang").GetString()!))
            .ToList();
    }

    /// <summary>PolNeAR train: <paramref name="held"/> false gives the part we tuned on, true the part we only count.</summary>
    public static IReadOnlyList<SpeakerNameArticle> PolNeArTrain(bool held)
    {
        var path = Require("quotes", "polnear-train.jsonl");
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select((line, index) => (line, index))
            .Where(pair => (pair.index % 4 == 0) == held)
            .Select(pair => Article(JsonDocument.Parse(pair.line).RootElement, "en"))
            .ToList();
    }

    /// <summary>A speaker written as a name: every word capitalised or a name particle, no article, at most five words.</summary>
    public static bool LooksLikeAName(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 5
            && char.IsUpper(words[0][0])
            && words[0] is not ("The" or "A" or "An")
            && words.All(w => char.IsUpper(w[0]) || Particles.Contains(w))
            && !speaker.Contains(',', StringComparison.Ordinal);
    }

    private static SpeakerNameArticle Article(JsonElement row, string language)
    {
        var speakers = row.GetProperty("quotes").EnumerateArray()
            .Where(q => !(q.TryGetProperty("speaker_pronoun", out var pronoun) && pronoun.ValueKind == JsonValueKind.True))
            .Select(q => q.GetProperty("speaker"))
            .Where(s => s.ValueKind == JsonValueKind.String)
            .Select(s => s.GetString()!.Trim())
            .Where(LooksLikeAName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SpeakerNameArticle(row.GetProperty("text").GetString()!, language, speakers);
    }

    private static string Require(string folder, string file)
    {
        var dir = TestPaths.SharedDataFolder(folder);
        var path = dir is null ? null : Path.Combine(dir, file);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"Evaluation data not found (expected ../shared/data/{folder}/{file} next to the repository).");
        }

        return path;
    }
}
