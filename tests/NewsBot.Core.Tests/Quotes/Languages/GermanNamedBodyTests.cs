namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A body's noun as the source (`Die Gemeinde meint: „…“`) names the one body the article called so before
/// (`die Gemeinde Nordtal`), only while no person is named. Invented places and people.
/// </summary>
public sealed class GermanNamedBodyTests
{
    [Fact]
    public void Extract_BodyNounAfterTheBodyWasNamed_ThatBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Am Samstag warnte die Gemeinde Nordtal vor belastetem Leitungswasser im Ortsteil Kleinau.",
            "Die Ursache ist noch unklar. Die Gemeinde meint jedoch: „Die Witterung der vergangenen Tage hat die Quellen getrübt.“");

        Assert.Equal("Gemeinde Nordtal", analysis.SpeakerOf("Die Witterung"));
    }

    [Fact]
    public void Extract_BodyNounWhenAPersonWasNamed_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Am Samstag warnte die Gemeinde Nordtal vor belastetem Leitungswasser, wie Bürgermeisterin Anke Vogel bestätigte.",
            "Die Ursache ist noch unklar. Die Gemeinde meint jedoch: „Die Witterung der vergangenen Tage hat die Quellen getrübt.“");

        Assert.NotEqual("Gemeinde Nordtal", analysis.SpeakerOf("Die Witterung"));
    }

    [Fact]
    public void Extract_TwoBodiesOfTheSameNoun_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Am Samstag warnten die Gemeinde Nordtal und die Gemeinde Südau vor belastetem Leitungswasser.",
            "Die Ursache ist noch unklar. Die Gemeinde meint jedoch: „Die Witterung der vergangenen Tage hat die Quellen getrübt.“");

        Assert.Null(analysis.SpeakerOf("Die Witterung"));
    }
}
