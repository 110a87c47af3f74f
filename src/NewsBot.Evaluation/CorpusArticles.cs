using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>
/// Reads PolNeAR-style JSONL and the news set's layout alike: in the news set a `key` quote counts as a direct one
/// and an `optional` one as mixed (neither right nor wrong); `not_a_quote` entries are no quotes.
/// </summary>
internal static class CorpusArticles
{
    /// <summary><paramref name="split"/> may name several splits, comma-separated (`train,tune`: PolNeAR's and the news set's tuning parts).</summary>
    public static IEnumerable<GoldArticle> Read(string path, string? split, string? language)
    {
        var splits = split?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (NewsSetLoader.IsNewsLayout(path))
        {
            // Our additions hold no text: the loader derives it from ../shared/data and checks every quote.
            foreach (var article in NewsQuoteEvaluation.Select(NewsSetLoader.Load([path], dataFolder: null), language, null, int.MaxValue).Where(a => splits is null || splits.Contains(a.Split)))
                yield return AsGold(article);
            yield break;
        }

        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if ((splits is not null && !splits.Contains(Text(root, "split") ?? string.Empty)) || (language is not null && Text(root, "lang") != language))
            {
                continue;
            }

            var quotes = root.GetProperty("quotes").EnumerateArray()
                .Select(q => new GoldQuote(Text(q, "quote") ?? string.Empty, Text(q, "speaker"), q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(),
                    Text(q, "type") ?? (Text(q, "kind") switch { "key" => "direct", "optional" => "mixed", _ => "none" }),
                    q.TryGetProperty("speaker_pronoun", out var pronoun) && pronoun.ValueKind == JsonValueKind.True))
                .ToList();
            yield return new GoldArticle(Text(root, "id") ?? string.Empty, Text(root, "split") ?? string.Empty, Text(root, "text") ?? string.Empty, quotes);
        }
    }

    private static GoldArticle AsGold(NewsGoldArticle article) =>
        new(article.Id, article.Split, article.Text, article.Quotes.Select(q => new GoldQuote(q.Quote, q.Speaker, q.Start, q.End,
            q.Kind switch { NewsGoldQuote.Key => "direct", NewsGoldQuote.Optional => "mixed", _ => "none" }, false)).ToList());

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
