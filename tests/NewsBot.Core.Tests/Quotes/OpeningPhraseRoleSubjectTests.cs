using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `At Hollis Analytics, founder Marcus Hollis, sees …. “…,” he says.`: the name after an opening phrase and a role noun is
/// the sentence's subject, so the `he` after it is him, not an ambiguous guess between him and the firm. Invented people.
/// </summary>
public sealed class OpeningPhraseRoleSubjectTests
{
    [Theory]
    [InlineData("At Brightwater Analytics, founder Marcus Hollis sees small shops overbuy software all the time.")]
    [InlineData("At Hollis Analytics, founder Marcus Hollis, sees small shops overbuy software all the time.")]
    [InlineData("In Eastfield, chief executive Marcus Hollis sees small shops overbuy software all the time.")]
    public void Extract_PronounAfterRoleAndNameFollowingOpeningPhrase_ThatPerson(string opening)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            opening + " “They pay for features they will never use,” he says. “Then they spend months bending their work around it.”");

        Assert.Equal("Marcus Hollis", analysis.SpeakerContaining("features they will never use"));
        Assert.Equal("Marcus Hollis", analysis.SpeakerContaining("bending their work"));
    }
}
