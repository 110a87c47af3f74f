using NewsBot.Core.Articles;
using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>The documented comparison between an extracted value and an expected-metadata.json value.</summary>
public sealed class MetadataScoringTests
{
    [Theory]
    [InlineData("Tidal power for Brackwater", "Tidal power for Brackwater", true)]
    [InlineData("Tidal power for Brackwater | Brackwater Times", "Tidal power for Brackwater", true)]
    [InlineData("Tidal power for Brackwater · Times", "Tidal power for Brackwater", true)]
    [InlineData("Tidal power", "Tidal power for Brackwater", false)]
    [InlineData("tidal power for brackwater", "Tidal power for Brackwater", false)]
    public void Matches_Title_AllowsOnlyASiteSuffix(string expected, string actual, bool match) =>
        Assert.Equal(match, MetadataScoring.Matches("title", expected, new ArticleMetadata { Title = actual }));

    [Theory]
    [InlineData("By Ines  Marlow", "Ines Marlow", true)]
    [InlineData("Written by Ines Marlow\n   Edited by Olu Baptiste", "Ines Marlow Edited by Olu Baptiste", true)]
    [InlineData("By Ines Marlow\n   Brackwater Health News", "Ines Marlow", true)]
    [InlineData("Par Ines Marlow", "Ines Marlow", true)]
    [InlineData("by Ines Marlow22 Dec 2016651", "Ines Marlow", true)]
    [InlineData("Ines Marlow (http://marlow.example/)", "Ines Marlow", true)]
    [InlineData("Marlow, Ines", "Baptiste, O.; Marlow, Ines", true)]
    [InlineData("Ines Marlow", "Olu Baptiste, Ines Marlow", true)]
    [InlineData("Ines Marlow", "Olu Baptiste", false)]
    [InlineData("Ines Marlow, Olu Baptiste and Ada Frey", "Ines Marlow, Olu Baptiste, Ada Frey", true)]
    [InlineData("Ines Marlow & Olu Baptiste", "Ines Marlow, Olu Baptiste", true)]
    [InlineData("Ines Marlow and Olu Baptiste", "Ines Marlow, Ada Frey", false)]
    [InlineData("April 28, 2019 at 6:01 am", "Ines Marlow", false)]
    public void Matches_Byline_FollowsTheDocumentedNormalisation(string expected, string actual, bool match) =>
        Assert.Equal(match, MetadataScoring.Matches("byline", expected, new ArticleMetadata { Byline = actual }));

    [Theory]
    [InlineData("2019-04-28T13:01:00Z", "2019-04-28T23:59:00+00:00", true)]
    [InlineData("2021-11-01T00:30:00+0100", "2021-10-31T23:30:00+00:00", true)]
    [InlineData("2019-04-28T13:01:00Z", "2019-04-29T00:00:00+00:00", false)]
    public void Matches_PublishedTime_ComparesTheUtcDay(string expected, string actual, bool match) =>
        Assert.Equal(match, MetadataScoring.Matches("publishedTime", expected,
            new ArticleMetadata { Published = DateTimeOffset.Parse(actual, System.Globalization.CultureInfo.InvariantCulture) }));

    [Fact]
    public void Matches_MissingValue_NeverMatches() =>
        Assert.False(MetadataScoring.Matches("siteName", "Brackwater Times", ArticleMetadata.Empty));
}
