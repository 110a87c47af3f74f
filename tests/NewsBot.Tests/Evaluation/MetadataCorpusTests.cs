using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>Metadata agreement with ../shared/data/metadata (pages from Readability's tests), compared by <see cref="MetadataScoring"/>.</summary>
public sealed class MetadataCorpusTests
{
    /// <summary>One run over the corpus serves every field's test.</summary>
    private static readonly Lazy<MetadataReport?> Report = new(() =>
        TestPaths.SharedDataFolder("metadata") is { } folder
            ? MetadataEvaluation.Run(folder, (html, uri) => new ArticleExtractor().Extract(html, uri).Metadata)
            : null);

    [Theory]
    [InlineData("title", 0.95)]
    [InlineData("byline", 0.90)]
    [InlineData("publishedTime", 0.90)]
    [InlineData("siteName", 0.95)]
    public void Run_MetadataCorpus_MeetsTheIssueThreshold(string field, double minimum)
    {
        var report = Report.Value;
        if (report is null)
        {
            Assert.Skip("../shared/data/metadata is absent (evaluation data lives outside the repository)");
            return;
        }

        foreach (var miss in report.Misses.Where(m => m.Field == field))
            TestContext.Current.TestOutputHelper?.WriteLine($"{miss.Page}: expected «{miss.Expected}» got «{miss.Actual}»");
        var tally = report[field];
        Assert.True(tally.Rate >= minimum, $"{field} {tally.Hits}/{tally.Total} is below {minimum}");
    }
}
