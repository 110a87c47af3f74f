using NewsBot.Core.Quotes;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary>
/// <c>eval quotes</c> on the news set: score_news_quotes.py's lines per language and overall, then quote precision
/// (returned quotes matching a key or optional gold quote), key recall and their F1.
/// </summary>
internal static class NewsQuotesReport
{
    private const string HeldOutSplit = "check";

    public static async Task RunAsync(TextWriter output, IReadOnlyList<string> paths, EvalQuotesSettings settings, IQuoteExtractor extractor, CancellationToken ct)
    {
        List<NewsGoldArticle> articles;
        try
        {
            articles = NewsQuoteEvaluation.Select(NewsSetLoader.Load(paths, settings.DataFolder), settings.Language, settings.Split, settings.Max).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new UsageException(e.Message, e);
        }

        if (settings.ExportPath is not null)
            Export(settings.ExportPath, articles);
        var notes = new List<string>();
        var withheld = 0;
        Action<NewsGoldArticle, IReadOnlyList<string>>? log = settings.Mistakes ? Note : null;
        var scorer = await Task.Run(() => NewsQuoteEvaluation.Run(articles, extractor, log), ct);
        foreach (var line in notes)
            await output.WriteLineAsync(line);
        if (withheld > 0)
            await output.WriteLineAsync($"(mistakes of {withheld} check-half articles withheld: the check half is measured, never tuned on)");
        foreach (var (language, t) in scorer.Tallies)
        {
            await output.WriteLineAsync($"{language}: articles={t.Articles} key_quotes={t.KeyQuotes} key_recall={PythonFormat.Fixed3(t.KeyRecall)} " +
                $"right={PythonFormat.Fixed3(t.RightRate)} wrong={PythonFormat.Fixed3(t.WrongRate)} none={PythonFormat.Fixed3(t.NoneRate)} fragments={t.Fragments}");
        }

        await output.WriteLineAsync("quote F1 (P: returned quotes matching a key or optional quote; R: key recall):");
        foreach (var (language, t) in scorer.Tallies)
            await output.WriteLineAsync($"{language}: P={PythonFormat.Fixed3(t.Precision)} R={PythonFormat.Fixed3(t.KeyRecall)} F1={PythonFormat.Fixed3(t.F1)} returned={t.Returned}");

        // Individual mistakes of the held-out half are never shown, so nobody tunes on them by accident.
        void Note(NewsGoldArticle article, IReadOnlyList<string> lines)
        {
            if (article.Split == HeldOutSplit)
                withheld++;
            else
                notes.AddRange(lines.Select(l => "    " + l).Prepend($"{article.Id} ({article.Lang}):"));
        }
    }

    private static void Export(string path, IEnumerable<NewsGoldArticle> articles)
    {
        try
        {
            NewsSetExport.Write(path, articles);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
