namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `il primo cittadino` for the woman the article introduced as `il sindaco`, after a man without any role spoke: Italian
/// says masculine offices of women too. Invented people.
/// </summary>
public sealed class ItalianOfficeHolderTests
{
    [Fact]
    public void Extract_MasculineOfficeOfAWomanAfterARolelessMan_TheOfficeHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il sindaco, Loredana Ciampolini, è arrivata in mattinata con i tecnici.",
            "Poco più in là, Osvaldo Tarchiani indica il muro crollato. «Lo dicevamo da anni», dice Tarchiani.",
            "Sui ritardi, il primo cittadino puntualizza: «I lavori erano stati appaltati a settembre».");

        Assert.Equal("Loredana Ciampolini", analysis.SpeakerOf("I lavori erano"));
    }
}
