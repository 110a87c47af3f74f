using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>
/// Writes resolved news-set articles, text included, in the layout of quotes-news/news-dev.jsonl, so that
/// shared/tools/score_news_quotes.py can score our additions. Article text must never enter the repository, so a
/// target inside a git work tree is refused.
/// </summary>
public static class NewsSetExport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = EvaluationJsonContext.Default,
    };

    public static void Write(string path, IEnumerable<NewsGoldArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var full = Path.GetFullPath(path);
        for (var dir = new FileInfo(full).Directory; dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                throw new InvalidOperationException($"{full} is inside the repository {dir.FullName}: export article text outside it");
        }

        using var writer = new StreamWriter(full);
        foreach (var article in articles)
            writer.WriteLine(JsonSerializer.Serialize(article, Options.GetTypeInfo(typeof(NewsGoldArticle))));
    }
}
