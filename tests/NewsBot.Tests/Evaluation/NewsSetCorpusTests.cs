using NewsBot.Core.Quotes;
using NewsBot.Evaluation;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// The news set (../shared/data/quotes-news plus our eval/news-quotes/additions.jsonl): it loads with every quote
/// proved, keeps its shape, and the extractor holds its figures per split and language. Skips when ../shared is absent.
/// </summary>
public sealed class NewsSetCorpusTests
{
    private static readonly Lazy<List<NewsGoldArticle>?> Articles = new(LoadSet);

    /// <summary>A little below (right, key recall) or above (wrong) what this branch measured; the targets are far higher.</summary>
    [Theory]
    [InlineData("tune", "en", 0.88, 0.02, 0.97)]
    [InlineData("check", "en", 0.83, 0.08, 0.97)]
    [InlineData("tune", "de", 0.80, 0.02, 0.97)]
    [InlineData("check", "de", 0.69, 0.06, 0.97)]
    [InlineData("tune", "fr", 0.67, 0.06, 0.97)]
    [InlineData("check", "fr", 0.72, 0.03, 0.90)]
    [InlineData("tune", "es", 0.74, 0.02, 0.95)]
    [InlineData("check", "es", 0.56, 0.08, 0.93)]
    [InlineData("tune", "it", 0.76, 0.03, 0.90)]
    [InlineData("check", "it", 0.29, 0.08, 0.97)]
    [InlineData("tune", "pt", 0.89, 0.02, 0.97)]
    [InlineData("check", "pt", 0.72, 0.03, 0.97)]
    public void Run_SplitAndLanguage_HoldsSpeakerFigures(string split, string language, double minRight, double maxWrong, double minKeyRecall)
    {
        var articles = Articles.Value ?? SkipWith<List<NewsGoldArticle>>("../shared/data is absent (evaluation data lives outside the repository)");

        var tally = NewsQuoteEvaluation.Run(NewsQuoteEvaluation.Select(articles, language, split, int.MaxValue), new RuleBasedQuoteExtractor()).Tally(language);

        SpeakerFigureAssert.Holds(tally, $"{split} {language}", minRight, maxWrong);
        Assert.True(tally.KeyRecall >= minKeyRecall, $"key recall {tally.KeyRecall:0.000} < {minKeyRecall}");
    }

    /// <summary>The counts of eval/news-quotes/README.md: a lost, duplicated or re-kinded line of additions.jsonl shows here.</summary>
    [Theory]
    [InlineData("en", 197, 1594)]
    [InlineData("de", 151, 696)]
    [InlineData("fr", 17, 100)]
    [InlineData("es", 40, 209)]
    [InlineData("it", 7, 49)]
    [InlineData("pt", 9, 62)]
    public void Load_WholeSet_LanguageHoldsRecordedArticleAndKeyQuoteCounts(string language, int articleCount, int keyQuoteCount)
    {
        var articles = Articles.Value ?? SkipWith<List<NewsGoldArticle>>("../shared/data is absent (evaluation data lives outside the repository)");

        var inLanguage = articles.Where(a => a.Lang == language).ToList();

        Assert.Equal(articleCount, inLanguage.Count);
        Assert.Equal(keyQuoteCount, inLanguage.SelectMany(a => a.Quotes).Count(q => q.Kind == NewsGoldQuote.Key));
    }

    [Fact]
    public void Load_WholeSet_AtLeastHundredFortyArticlesBalancedSplitsEveryQuoteProved()
    {
        var articles = Articles.Value ?? SkipWith<List<NewsGoldArticle>>("../shared/data is absent (evaluation data lives outside the repository)");

        Assert.True(articles.Count >= 140, $"{articles.Count} articles");
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
        var pages = articles.Select(a => a.Source).Where(s => s!.StartsWith("wcxb-dev:", StringComparison.Ordinal) || s.StartsWith("trafilatura-eval:", StringComparison.Ordinal) || s.StartsWith("metadata:", StringComparison.Ordinal) || s.StartsWith("extraction:", StringComparison.Ordinal)).ToList();
        Assert.Equal(pages.Count, pages.Distinct().Count());
        foreach (var language in articles.GroupBy(a => a.Lang))
        {
            // Batches of new error classes go to the tune half only (its misses are what we may study), so tune may outgrow
            // check; check never runs ahead and never falls below an eighth of tune (German's held-out half holds 18 articles
            // beside a tune half of 133 since de32, de34 and de41 added twenty-five tune pages and left check as it was), so held-out figures stay comparable.
            var tune = language.Count(a => a.Split == "tune");
            var check = language.Count() - tune;
            Assert.True(tune >= check - 2 && check * 8 >= tune, $"{language.Key}: {tune} tune of {language.Count()}");
        }

        Assert.All(articles.SelectMany(a => a.Quotes), q => Assert.Contains(q.Kind, new[] { NewsGoldQuote.Key, NewsGoldQuote.Optional, NewsGoldQuote.NotAQuote }));
    }

    private static List<NewsGoldArticle>? LoadSet()
    {
        var quotesNews = TestPaths.SharedDataFolder("quotes-news");
        if (quotesNews is null)
            return null;
        var additions = Path.Combine(TestPaths.RepositoryRoot, "eval", "news-quotes", "additions.jsonl");
        return NewsSetLoader.Load([Path.Combine(quotesNews, "news-dev.jsonl"), additions], Path.GetDirectoryName(quotesNews));
    }

    private static T SkipWith<T>(string reason)
    {
        Assert.Skip(reason);
        return default!;
    }
}
