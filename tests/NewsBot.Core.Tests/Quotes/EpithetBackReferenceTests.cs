using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`the Spaniard told …`: an epithet refers to the one person the article tied it to.</summary>
public sealed class EpithetBackReferenceTests
{
    [Fact]
    public void Extract_OriginNounAfterNationalityAdjective_ThatPlayer()
    {
        var analysis = Extract(Article(
            "Pablo Ferrandis, the Spanish midfielder signed from Ostrava in June, scored twice as Brackley Town beat Selwood.",
            "Brackley manager Gordon Pike praised his whole side.",
            "“It was a good night for me and for the team,” the Spaniard told Radio Brackley."));

        Assert.Equal("Pablo Ferrandis", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_OriginNounInApposition_ThatPerson()
    {
        var analysis = Extract(Article(
            "Selwood coach Fergal Mulcahy, a Corkman who played here for years, said his side had been unlucky.",
            "Selwood captain Ryan Teague agreed with him.",
            "Asked about his old club, the Corkman smiled. “I still have friends in that dressing room.”"));

        Assert.Equal("Fergal Mulcahy", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_OriginNounTiedToTwoPeople_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Spanish forward Pablo Ferrandis and Spanish defender Luis Orduña both started for Brackley Town on Saturday.",
            "“We never gave up and we got our reward,” said the Spaniard."));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_OriginNounNobodyTiedTo_NoSpeakerRatherThanTheNoun()
    {
        var analysis = Extract(Article(
            "Brackley Town beat Selwood 2-0 on Saturday with goals from Pablo Ferrandis and Ryan Teague.",
            "“We never gave up and we got our reward,” the Dubliner told Radio Brackley."));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }
}
