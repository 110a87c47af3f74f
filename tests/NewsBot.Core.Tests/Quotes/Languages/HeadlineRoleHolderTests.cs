namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Ponte chiuso, il sindaco: «…»`: a role quoted in the headline is the one person the article gives that role. Invented people.</summary>
public sealed class HeadlineRoleHolderTests
{
    [Fact]
    public void Extract_RoleColonLeadInHeadline_NamesTheHolderIntroducedBelow()
    {
        var analysis = QuoteTestKit.Extract(QuoteTestKit.Article(
            "Ponte chiuso, il sindaco: «Riapriremo entro marzo»",
            "Il ponte sul canale di Roccaverde è chiuso da settembre, da quando i tecnici hanno trovato crepe nei piloni.",
            "Il sindaco Gianni Ortolani ha incontrato ieri sera i residenti. «Riapriremo il ponte a marzo, e non un giorno dopo», ha detto Ortolani."));

        Assert.Equal("Gianni Ortolani", analysis.SpeakerOf("Riapriremo entro marzo"));
    }

    [Fact]
    public void Extract_RoleColonLeadInHeadlineWithTwoHolders_NamesNoOne()
    {
        var analysis = QuoteTestKit.Extract(QuoteTestKit.Article(
            "Ponte chiuso, il sindaco: «Riapriremo entro marzo»",
            "Il sindaco di Roccaverde, Gianni Ortolani, e il sindaco di Pietrabianca, Luca Ferretti, hanno incontrato i residenti.",
            "«Servono due milioni per i piloni del ponte», ha spiegato Ferretti ai cittadini presenti in sala."));

        Assert.Null(analysis.SpeakerOf("Riapriremo entro marzo"));
    }
}
