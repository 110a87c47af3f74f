namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A German generic body noun (`die Imker-Vertretung`) speaks for the body the text named last. Invented bodies and people.</summary>
public sealed class GermanBodyNounTests
{
    [Fact]
    public void Extract_BodyNounAfterANamedBody_ThatBodyUnderItsFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Bundesbund Freier Imker (BFI) hat mehr Schutz für Bienen gefordert. „Ohne Bienen gibt es keine Ernte, das muss jeder wissen“, betonte die Imker-Vertretung.");

        Assert.Equal("Bundesbund Freier Imker", analysis.SpeakerOf("Ohne Bienen"));
    }

    [Fact]
    public void Extract_BodyNounAfterAPersonBecameTheSubject_NotTheBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Bundesbund Freier Imker (BFI) hat mehr Schutz für Bienen gefordert. Imkerin Anke Vogel warnte vor einem Bienensterben.",
            "„Ohne Bienen gibt es keine Ernte, das muss jeder wissen“, betonte die Imker-Vertretung.");

        Assert.NotEqual("Bundesbund Freier Imker", analysis.SpeakerOf("Ohne Bienen"));
    }
}
