using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>The quote's facts as features: one flag per language (English is none of them) and a cue that names no one.</summary>
public sealed class CandidateFeaturesTests
{
    [Theory]
    [InlineData("de", "language_de")]
    [InlineData("es", "language_es")]
    [InlineData("fr", "language_fr")]
    [InlineData("it", "language_it")]
    [InlineData("pt", "language_pt")]
    public void Of_ArticleLanguage_SetsThatLanguagesFlagOnly(string language, string feature)
    {
        var features = Features(new QuoteFacts(false, 12, false, true, 1, language));

        Assert.Equal(1, features[IndexOf(feature)]);
        Assert.Equal(1, SpeakerModel.FeatureNames.Where(n => n.StartsWith("language_", StringComparison.Ordinal)).Sum(n => features[IndexOf(n)]));
    }

    [Fact]
    public void Of_English_SetsNoLanguageFlag()
    {
        var features = Features(new QuoteFacts(true, 12, false, true, 1, "en"));

        Assert.All(SpeakerModel.FeatureNames.Where(n => n.StartsWith("language_", StringComparison.Ordinal)), n => Assert.Equal(0, features[IndexOf(n)]));
    }

    [Fact]
    public void Of_CueNamesNoOne_SetsUnnamedByCue()
    {
        var features = Features(new QuoteFacts(true, 12, false, false, 1, "en", UnnamedByCue: true));

        Assert.Equal(1, features[IndexOf("unnamed_by_cue")]);
    }

    private static double[] Features(QuoteFacts facts) =>
        CandidateFeatures.Of(new RankingCandidate("Tomas Berg"), facts, new EntityGuess(EntityKind.Person, 0.9), 1);

    private static int IndexOf(string name) => SpeakerModel.FeatureNames.ToList().IndexOf(name);
}
