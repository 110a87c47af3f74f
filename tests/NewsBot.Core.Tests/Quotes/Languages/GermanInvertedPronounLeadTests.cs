namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A German colon lead whose subject is a pronoun after its finite verb (`Trotz allem war sie nachdenklich: „…“`) refers
/// back like `sagte sie`; a pronoun after a preposition (`für sie`) is no subject. Invented people.
/// </summary>
public sealed class GermanInvertedPronounLeadTests
{
    [Fact]
    public void Extract_PronounAfterAnyVerbBeforeTheColon_ThePersonItRefersTo()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Schauspielerin Hedda Quandtmeier feiert ihren neunzigsten Geburtstag in Wien.",
            "Und trotz ihrer Lebensfreude war sie manchmal auch nachdenklich: „Was mich heute noch interessiert, ist die Rätselhaftigkeit des Menschen.“");

        Assert.Equal("Hedda Quandtmeier", analysis.SpeakerOf("Was mich heute"));
    }

    [Fact]
    public void Extract_PronounAfterAPrepositionBeforeTheColon_NotThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Schauspielerin Hedda Quandtmeier feiert ihren neunzigsten Geburtstag in Wien.",
            "Auf dem Plakat stand für sie ein Gruß der Stadt: „Wir danken für sechzig Jahre auf unseren Bühnen.“");

        Assert.NotEqual("Hedda Quandtmeier", analysis.SpeakerOf("Wir danken"));
    }

    [Fact]
    public void Extract_PluralVerbBeforeThePronoun_NotTheWomanNamedBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Schauspielerin Hedda Quandtmeier feiert ihren neunzigsten Geburtstag in Wien.",
            "Vor dem Theater warteten sie stundenlang in der Kälte: „Wir wollten ihr einmal die Hand geben.“");

        Assert.NotEqual("Hedda Quandtmeier", analysis.SpeakerOf("Wir wollten"));
    }
}
