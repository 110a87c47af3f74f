namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A German quote with no cue of its own after a sentence that names its source (`laut Geschäftsführer X`, `nach Angaben
/// von X`) goes on in that source's voice; `laut Marktprognosen` names no one. And `machte … deutlich` reports speech. Invented people.
/// </summary>
public sealed class GermanSentenceSourceTests
{
    [Theory]
    [InlineData("Die Firma kommt laut Geschäftsführer Jan Rode auf eine Quote von 96 Prozent.")]
    [InlineData("Die Firma kommt nach Angaben von Geschäftsführer Jan Rode auf eine Quote von 96 Prozent.")]
    public void Extract_QuoteAfterSentenceWithNamedSource_IsThatSource(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence + " „Wir brauchen dafür nur die Hälfte der Energie.“");

        Assert.Equal("Jan Rode", analysis.SpeakerOf("Wir brauchen dafür"));
    }

    [Fact]
    public void Extract_QuoteAfterSentenceWithBareNounSource_NamesNoOneFromIt()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Bis 2040 würden laut Marktprognosen weltweit 4.000 Fähren gebaut. „Das ist das Brot der Werften.“");

        Assert.NotEqual("Marktprognosen", analysis.SpeakerOf("Das ist das Brot"));
    }

    [Fact]
    public void Extract_MachteDeutlich_NamesTheInvertedSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "„Eine Schließung der Fähre wird es mit uns nicht geben“, machte der Fraktionsvorsitzende Lukas Brenner deutlich.");

        Assert.Equal("Lukas Brenner", analysis.SpeakerOf("Eine Schließung der Fähre"));
    }
}
