using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A lead before a colon speaks of the speaker already talking only when it names them again or has no subject. Invented people.</summary>
public sealed class SameVoiceLeadTests
{
    [Theory]
    [InlineData("it", "E sui prezzi, taglia corto", "Giacomo Verzè", true)]
    [InlineData("it", "Verzè ha annunciato un ricorso al Tar", "Giacomo Verzè", true)]
    [InlineData("es", "Un vecino fue claro", "Gonzalo Peñafiel", false)]
    [InlineData("es", "Después los comerciantes protestaron", "Gonzalo Peñafiel", false)]
    [InlineData("fr", "Puis Julien Moreau a tranché", "Bernard Quintin", false)]
    public void Is_Lead_TellsWhetherTheSameVoiceGoesOn(string language, string lead, string speaker, bool expected)
    {
        Assert.Equal(expected, SameVoiceLead.Is(lead, speaker, KnownLanguages.Find(language), 10));
    }

    [Fact]
    public void Is_LeadLongerThanTheLimit_False()
    {
        Assert.False(SameVoiceLead.Is("E poi sui prezzi e sui costi, taglia corto subito", "Giacomo Verzè", KnownLanguages.Find("it"), 5));
    }
}
