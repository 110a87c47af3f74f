using System.IO.Compression;
using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

public sealed class WcxbMetadataEvaluationTests
{
    [Theory]
    [InlineData("Why the Tide Mill Stopped", "why the tide mill stopped", true)]
    [InlineData("Kettle's Last Whistle", "Kettle\u2019s Last Whistle", true)]
    [InlineData("Tide Mill Guide", "Tide Mill", false)]
    public void Matches_Title_IgnoresCaseAndTypographicQuotes(string expected, string actual, bool matches) =>
        Assert.Equal(matches, WcxbMetadataEvaluation.Matches("title", expected, ArticleMetadata.Empty with { Title = actual }));

    [Theory]
    [InlineData("2025-09-04", "2025-09-04T23:30:00-02:00", true)]
    [InlineData("2025-09-05", "2025-09-04T23:30:00-02:00", true)]
    [InlineData("2025-09-03", "2025-09-04T08:00:00Z", false)]
    public void Matches_PublishDate_SameDayLocallyOrInUtc(string expected, string published, bool matches) =>
        Assert.Equal(matches, WcxbMetadataEvaluation.Matches("publish_date", expected,
            ArticleMetadata.Empty with { Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture) }));

    [Fact]
    public void Matches_AuthorAmongSeveralPeople_Counts() =>
        Assert.True(WcxbMetadataEvaluation.Matches("author", "Odile Marchetti", ArticleMetadata.Empty with { Byline = "Piet Anand, Odile Marchetti" }));

    [Theory]
    [InlineData("Why the Tide Mill Stopped--and Started", "Why the Tide Mill Stopped—and Started")]
    [InlineData("*A Treatise on Kettles* (1802)", "A Treatise on Kettles (1802)")]
    [InlineData("The Wrenfield Falcon Platform", "The Wrenfield Falcon® Platform")]
    [InlineData("Harbour Tee - 5001", "Harbour Tee 5001")]
    public void Matches_TitleWithRewrittenPunctuation_CountsTheSameWords(string expected, string actual) =>
        Assert.True(WcxbMetadataEvaluation.Matches("title", expected, ArticleMetadata.Empty with { Title = actual }));

    [Fact]
    public void Matches_TitleWithOtherWords_DoesNotCount() =>
        Assert.False(WcxbMetadataEvaluation.Matches("title", "8 Tide Mills Worth a Visit", ArticleMetadata.Empty with { Title = "Tide Mills Worth a Visit" }));

    [Theory]
    [InlineData("Odile Marchetti, Harbour Safety Expert", "Odile Marchetti")]
    [InlineData("Piet Anand, MD", "Piet Anand")]
    [InlineData("Dr Odile Marchetti, Dr Piet Anand, Lars Vennick", "Odile Marchetti")]
    [InlineData("Odile Marchetti, Piet Anand & Lars Vennick", "Lars Vennick")]
    [InlineData("Piet Anand | The Wrenfield Observer", "Piet Anand")]
    [InlineData("Odile Marchetti", "Marchetti, Odile; Anand, Piet")]
    [InlineData("Piet Anand, DVM", "Piet Anand, DVM, Lars Vennick, DVM")]
    [InlineData("tidewatcher (Piet)", "tidewatcher")]
    public void Matches_AuthorNamingOneOfTheTruthsPeople_Counts(string expected, string byline) =>
        Assert.True(WcxbMetadataEvaluation.Matches("author", expected, ArticleMetadata.Empty with { Byline = byline }));

    [Theory]
    [InlineData("Piet Anand, MD", "Lars Vennick, MD")]
    [InlineData("Odile Marchetti", "Odile")]
    [InlineData("Wrenfield Observer Staff", "Wrenfield Observer")]
    public void Matches_AuthorSharingOnlyCredentialsOrPartOfAName_DoesNotCount(string expected, string byline) =>
        Assert.False(WcxbMetadataEvaluation.Matches("author", expected, ArticleMetadata.Empty with { Byline = byline }));

    [Fact]
    public void Run_HeldOutMisses_CountsAnotherValueAndNoneWithoutListingPages()
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-wcxb-");
        try
        {
            // The fake extractor credits what each invented page holds: another person, nobody, the right person.
            WritePage(folder, "0003", "Piet Anand");
            WritePage(folder, "0006", "");
            WritePage(folder, "0009", "Ines Okafor");
            File.WriteAllText(Path.Combine(folder.FullName, ExtractionEvaluation.TruthFile), """
                {"0003": {"url": "https://tidemill.example/a", "author": "Odile Marchetti"},
                 "0006": {"url": "https://tidemill.example/b", "author": "Lars Vennick"},
                 "0009": {"url": "https://tidemill.example/c", "author": "Ines Okafor"}}
                """);

            var report = WcxbMetadataEvaluation.Run(folder.FullName, EvaluationSplit.Holdout,
                (html, _) => ArticleMetadata.Empty with { Byline = html.Length == 0 ? null : html }, TestContext.Current.CancellationToken);

            Assert.Equal(new FieldTally("author", 1, 2), report.MissesWithAValue.Single(f => f.Field == "author"));
            Assert.Empty(report.Misses);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void WritePage(DirectoryInfo folder, string id, string credited)
    {
        var html = Directory.CreateDirectory(Path.Combine(folder.FullName, "html"));
        using var gzip = new GZipStream(File.Create(Path.Combine(html.FullName, id + ".html.gz")), CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(credited));
    }
}
