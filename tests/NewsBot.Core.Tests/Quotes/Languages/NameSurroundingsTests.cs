namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A paragraph after a heading with no full stop opens a sentence: its capitalised article is no part of a name. Invented people.</summary>
public sealed class NameSurroundingsTests
{
    [Fact]
    public void Extract_CompoundRoleOpeningTheParagraphAfterAHeading_ThePerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Streit im Rat von Kleinfeld",
            "Der Kelmar-Politiker Jan Roth sagte: „Die Gegner haben nun endlich ihre Pläne offen gelegt und gezeigt, was sie wollen.“");

        Assert.Equal("Jan Roth", analysis.SpeakerOf("Die Gegner haben"));
    }

    [Fact]
    public void Extract_FeminineCompoundRoleAfterAHeading_ThePerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Neue Pläne für den Hafen",
            "Die Nordpartei-Politikerin Ina Brandt sagte am Abend: „Wir werden das prüfen und dann entscheiden, was wir tun.“");

        Assert.Equal("Ina Brandt", analysis.SpeakerOf("Wir werden das"));
    }

    [Fact]
    public void Extract_PersonWordCompoundAfterAHeading_ThePerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Streit im Rat von Kleinfeld",
            "Der Kelmar-Mann Uwe Kranz sagte: „Wir lassen uns das nicht gefallen, das sage ich ganz deutlich.“");

        Assert.Equal("Uwe Kranz", analysis.SpeakerOf("Wir lassen uns"));
    }
}
