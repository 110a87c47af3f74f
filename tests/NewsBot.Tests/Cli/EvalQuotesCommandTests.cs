using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>
/// <c>eval quotes</c> on an invented annotated file; the expected figures are those shared/tools/score_quotes.py prints
/// for the same file and split (P=0.750 R=1.000 F1=0.857 speaker_acc=0.667).
/// </summary>
public sealed class EvalQuotesCommandTests
{
    private static readonly string Gold = Path.Combine(AppContext.BaseDirectory, "TestData", "quotes", "invented-gold.jsonl");

    /// <summary>Invented articles in quotes-news layout; shared/tools/score_news_quotes.py prints the same lines for them.</summary>
    private static readonly string News = Path.Combine(AppContext.BaseDirectory, "TestData", "quotes", "invented-news.jsonl");

    [Fact]
    public async Task EvalQuotes_DevSplit_PrintsTheScriptsFigures()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", Gold, "--split", "dev");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("P=0.750 R=1.000 F1=0.857 speaker_acc=0.667 articles=3", run.Output, StringComparison.Ordinal);
        Assert.Contains("tp=3 fp=1 fn=0 speakers=2/3", run.Output, StringComparison.Ordinal);
        Assert.Contains("speakers right=0.667 wrong=0.000 none=0.333 (of 3 matched quotes with a named speaker)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_LangOtherThanEnglishOnPolnear_ScoresNothing()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", Gold, "--lang", "de");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("articles=0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_NewsLayout_PrintsTheNewsScriptsLinesPerLanguage()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", News);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("de: articles=1 key_quotes=1 key_recall=1.000 right=1.000 wrong=0.000 none=0.000 fragments=0", lines[0]);
        Assert.Equal("en: articles=2 key_quotes=4 key_recall=1.000 right=1.000 wrong=0.000 none=0.000 fragments=0", lines[1]);
        Assert.Equal("all: articles=3 key_quotes=5 key_recall=1.000 right=1.000 wrong=0.000 none=0.000 fragments=0", lines[2]);
        Assert.Contains("all: P=1.000 R=1.000 F1=1.000 returned=5", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_NewsLayoutLangAndSplit_OnlyThoseArticles()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", News, "--lang", "en", "--split", "check");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("en: articles=1 key_quotes=2 ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("de:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_Export_WritesQuotesNewsLayoutThatScoresTheSame()
    {
        var export = Path.Combine(Path.GetTempPath(), "newsbot-export-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var run = await CliRun.ExecuteAsync("eval", "quotes", News, "--lang", "de", "--export", export);
            var again = await CliRun.ExecuteAsync("eval", "quotes", export);

            Assert.Equal(0, run.ExitCode);
            Assert.Single(File.ReadAllLines(export));
            Assert.Contains("\"text\":\"Neuer Hafen", File.ReadAllText(export), StringComparison.Ordinal);
            Assert.Equal(run.Output, again.Output);
        }
        finally
        {
            File.Delete(export);
        }
    }

    [Fact]
    public async Task EvalQuotes_NewsMistakes_ListsTuneHalfAndWithholdsCheckHalf()
    {
        var missed = Path.Combine(AppContext.BaseDirectory, "TestData", "quotes", "invented-news-missed.jsonl");

        var run = await CliRun.ExecuteAsync("eval", "quotes", missed, "--mistakes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("inv-tune (en):\n    MISSED: 'the ferry will run every hour'", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("inv-check", run.Output, StringComparison.Ordinal);
        Assert.Contains("(mistakes of 1 check-half articles withheld", run.Output, StringComparison.Ordinal);
        Assert.Contains("all: articles=2 key_quotes=2 key_recall=0.000", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_ExportInsideRepository_UsageError()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", News, "--export", Path.Combine(TestPaths.RepositoryRoot, "exported.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("inside the repository", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(TestPaths.RepositoryRoot, "exported.jsonl")));
    }

    [Fact]
    public async Task EvalQuotes_PolnearAndNewsTogether_UsageError()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", Gold, News);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be scored together", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_MaxAndMistakes_ScoresFirstArticlesAndListsErrors()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", Gold, "--split", "dev", "--max", "3", "--mistakes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("inv/4\t[none 0.00] speaker: (null) instead of Mayor Ada Holm", run.Output, StringComparison.Ordinal);
        Assert.Contains("inv/4\textra: Closed for repairs", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_MissingFile_UsageError()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", Path.Combine(AppContext.BaseDirectory, "no-such.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }
}
