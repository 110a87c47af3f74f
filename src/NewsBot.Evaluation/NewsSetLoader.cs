using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>
/// Reads the news set into one shape: quotes-news JSONL (text inside) and our additions file (text derived from
/// ../shared/data, each quote proved by its SHA-1). Any disagreement is one error naming the article and the quote.
/// </summary>
public static class NewsSetLoader
{
    /// <summary>True when a JSONL file is in a news layout (its articles carry a language), false for PolNeAR.</summary>
    public static bool IsNewsLayout(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(line => !string.IsNullOrWhiteSpace(line));
        if (first is null)
            return false;
        using var line = JsonDocument.Parse(first);
        return line.RootElement.ValueKind == JsonValueKind.Object && line.RootElement.TryGetProperty("lang", out _);
    }

    /// <param name="dataFolder">../shared/data; when null it is searched above each additions file.</param>
    public static List<NewsGoldArticle> Load(IEnumerable<string> paths, string? dataFolder)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var articles = new List<NewsGoldArticle>();
        foreach (var path in paths)
        {
            SharedSourceText? sources = null;
            foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("text", out _))
                {
                    articles.Add(Checked(path, json.Deserialize(EvaluationJsonContext.Default.NewsGoldArticle)!));
                    continue;
                }

                sources ??= new SharedSourceText(dataFolder ?? FindDataFolder(path));
                articles.Add(Resolve(path, json.Deserialize(EvaluationJsonContext.Default.NewsAddition)!, sources));
            }
        }

        return articles;
    }

    /// <summary>First 10 hex digits of the SHA-1 of the quote's UTF-8.</summary>
    [SuppressMessage("Security", "CA5350", Justification = "A checksum the annotation format fixes, not a security measure.")]
    public static string Sha1Prefix(string quote) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(quote)))[..10];

    /// <summary>The nearest <c>shared/data</c> beside a folder above the file (../shared/data of the repository root).</summary>
    public static string FindDataFolder(string path)
    {
        for (var dir = new FileInfo(path).Directory; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException($"no shared/data folder above {path}: give the corpora's folder with --data");
    }

    private static NewsGoldArticle Resolve(string path, NewsAddition addition, SharedSourceText sources)
    {
        var text = sources.Read(addition.Source);
        var quotes = addition.Quotes.Select((quote, i) =>
        {
            var span = CodePointText.Slice(text, quote.Start, quote.End)
                ?? throw Mismatch(path, addition.Id, i, quote.Start, quote.End, $"lies outside the text of {addition.Source}");
            var sha1 = Sha1Prefix(span);
            if (!string.Equals(sha1, quote.Sha1, StringComparison.OrdinalIgnoreCase))
                throw Mismatch(path, addition.Id, i, quote.Start, quote.End, $"has sha1 {sha1}, annotated {quote.Sha1}: the text derived from {addition.Source} is not the one annotated");
            return new NewsGoldQuote(span, quote.Speaker, quote.Kind, quote.Start, quote.End);
        }).ToList();
        var title = text.Split("\n\n", 2)[0];
        return new NewsGoldArticle(addition.Id, addition.Lang, addition.Split, addition.Outlet, addition.Source, addition.Url, title, text, quotes);
    }

    private static NewsGoldArticle Checked(string path, NewsGoldArticle article)
    {
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            if (CodePointText.Slice(article.Text, quote.Start, quote.End) != quote.Quote)
                throw Mismatch(path, article.Id, i, quote.Start, quote.End, "is not the quote's text");
        }

        return article;
    }

    private static InvalidDataException Mismatch(string path, string id, int index, int start, int end, string problem) =>
        new($"{path}: article {id}, quote {index} ({start}-{end}) {problem}");
}
