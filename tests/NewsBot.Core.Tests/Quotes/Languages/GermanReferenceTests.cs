namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>German references back to a person: pronouns past nouns that are also surnames, and age nouns. Invented people.</summary>
public sealed class GermanReferenceTests
{
    [Fact]
    public void Extract_PronounAfterANounThatIsAlsoASurname_ThePersonNamedBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Paul Kramer blättert in einem Buch über Kirchen. „Wir backen seit fünf Uhr“, sagte er.");

        Assert.Equal("Paul Kramer", analysis.SpeakerOf("Wir backen"));
    }

    [Fact]
    public void Extract_AgeNounAfterTheQuote_ThePersonJustNamed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Jonas Weber kennt das aus eigener Erfahrung. „Wir backen seit fünf Uhr“, erzählt der 48-Jährige.");

        Assert.Equal("Jonas Weber", analysis.SpeakerOf("Wir backen"));
    }

    [Fact]
    public void Extract_AgeAdjectiveBeforeARole_ThePersonJustNamed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Anke Vogel besuchte am Montag den Hafen.", "Die 61-jährige Ministerin sagte: „Wir backen seit fünf Uhr.“");

        Assert.Equal("Anke Vogel", analysis.SpeakerOf("Wir backen"));
    }

    [Fact]
    public void Extract_MaleAgeNounWhereOnlyAWomanWasNamed_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Anke Vogel besuchte am Montag den Hafen.", "„Wir backen seit fünf Uhr“, sagte der 48-Jährige.");

        Assert.Null(analysis.SpeakerOf("Wir backen"));
    }
}
