using NewsBot.Core.Quotes;
using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>French origin nouns written with a capital before a name (`le Lyonnais Marc Dubois`). Invented people.</summary>
public sealed class OriginNounBeforeNameTests
{
    [Theory]
    [InlineData("Lyonnais Marc Dubois", "Marc Dubois")]
    [InlineData("Belge Ann Peeters", "Ann Peeters")]
    [InlineData("Romain Marc Dubois", "Romain Marc Dubois")]
    [InlineData("Marc Dubois", "Marc Dubois")]
    public void Strip_NameRun_DropsOnlyAnOriginNounThatIsNoName(string name, string expected)
    {
        Assert.Equal(expected, string.Join(' ', OriginNounBeforeName.Strip(name.Split(' '))));
    }

    [Fact]
    public void Extract_OriginEpithetAfterTheQuote_TheNameWithoutTheOriginNoun()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le Lyonnais Marc Dubois a battu le Belge Tom Vercauteren en trois sets dimanche en finale du tournoi de Clermont.",
            "« Nous avons bien joué, je suis content », a déclaré le Lyonnais.",
            "« J’ai manqué trop d’occasions », a regretté le Belge.");

        Assert.Equal("Marc Dubois", analysis.SpeakerContaining("bien joué"));
        Assert.Equal("Tom Vercauteren", analysis.SpeakerContaining("occasions"));
    }
}
