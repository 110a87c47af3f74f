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
}
