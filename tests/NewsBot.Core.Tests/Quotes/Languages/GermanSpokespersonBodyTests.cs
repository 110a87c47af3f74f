namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// An unnamed spokesperson (`schildert eine Sprecherin`, `sagt der Sprecher`) speaks for the one body the paragraph names
/// before the quote, only while the paragraph names no person. Invented bodies and people.
/// </summary>
public sealed class GermanSpokespersonBodyTests
{
    [Fact]
    public void Extract_SpokeswomanAfterACityBody_ThatBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Müllabfuhr fährt weiter, auch in der Krise.",
            "Bislang gab es bei der Hamburger Abfallwirtschaft neun Kranke. „Schlüssel bekommen die Teams nicht mehr drinnen“, schildert eine Sprecherin.");

        Assert.Equal("Hamburger Abfallwirtschaft", analysis.SpeakerOf("Schlüssel bekommen"));
    }

    [Fact]
    public void Extract_SpokesmanWhenAPersonIsNamed_NotTheBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Müllabfuhr fährt weiter, auch in der Krise.",
            "Bislang gab es bei der Hamburger Abfallwirtschaft neun Kranke, wie Betriebsrätin Anke Vogel bestätigte. „Schlüssel bekommen die Teams nicht mehr drinnen“, sagt der Sprecher.");

        Assert.NotEqual("Hamburger Abfallwirtschaft", analysis.SpeakerOf("Schlüssel bekommen"));
    }

    [Fact]
    public void Extract_SpokeswomanAfterTwoBodies_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Müllabfuhr fährt weiter, auch in der Krise.",
            "Bislang gab es bei der Hamburger Abfallwirtschaft und der Kieler Stadtreinigung neun Kranke. „Schlüssel bekommen die Teams nicht mehr drinnen“, schildert eine Sprecherin.");

        Assert.Null(analysis.SpeakerOf("Schlüssel bekommen"));
    }
}
