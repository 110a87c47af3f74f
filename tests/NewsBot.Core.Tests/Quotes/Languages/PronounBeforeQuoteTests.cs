namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Italian dropped subjects after a subject pronoun: `lei si alza … «…», dice` is the one woman named recently; two women
/// named leave it open, and the polite `Lei` of a question names no one. Invented people and places.
/// </summary>
public sealed class PronounBeforeQuoteTests
{
    [Fact]
    public void Extract_LeiBeforeQuoteWithDroppedSubject_TheWomanNotTheManAfterHer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Giulia Ferrandi guida la cooperativa dei pescatori di Valmarina. Accanto a lei lavora da anni Marco Spadoni.",
            "Poi lei si alza dalla sedia e indica il porto: «Qui arriveranno le nuove barche», dice.");

        Assert.Equal("Giulia Ferrandi", analysis.SpeakerContaining("nuove barche"));
    }

    [Fact]
    public void Extract_LeiWithTwoWomenNamed_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Giulia Ferrandi e Paola Rinaldi guidano la cooperativa dei pescatori di Valmarina.",
            "Poi lei si alza dalla sedia e indica il porto: «Qui arriveranno le nuove barche», dice.");

        Assert.Null(analysis.SpeakerContaining("nuove barche"));
    }

    [Fact]
    public void Extract_PronounAfterPreposition_TellsNoGender()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Marco Spadoni guida la cooperativa dei pescatori di Valmarina.",
            "Parla spesso con lei, la sindaca, e indica il porto: «Qui arriveranno le nuove barche», dice.");

        Assert.Equal("Marco Spadoni", analysis.SpeakerContaining("nuove barche"));
    }
}
