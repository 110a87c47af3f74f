namespace NewsBot.Tests.Cli;

/// <summary>
/// <c>eval quotes</c> on an invented annotated file; the expected figures are those shared/tools/score_quotes.py prints
/// for the same file and split (P=0.750 R=1.000 F1=0.857 speaker_acc=0.667).
/// </summary>
public sealed class EvalQuotesCommandTests
{
    private static readonly string Gold = Path.Combine(AppContext.BaseDirectory, "TestData", "quotes", "invented-gold.jsonl");

    [Fact]
    public async Task EvalQuotes_DevSplit_PrintsTheScriptsFigures()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", Gold, "--split", "dev");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("P=0.750 R=1.000 F1=0.857 speaker_acc=0.667 articles=3", run.Output, StringComparison.Ordinal);
        Assert.Contains("tp=3 fp=1 fn=0 speakers=2/3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_MaxAndMistakes_ScoresFirstArticlesAndListsErrors()
    {
        var run = await CliRun.ExecuteAsync("eval", "quotes", Gold, "--split", "dev", "--max", "3", "--mistakes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("inv/4\tspeaker: (null) instead of Mayor Ada Holm", run.Output, StringComparison.Ordinal);
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
