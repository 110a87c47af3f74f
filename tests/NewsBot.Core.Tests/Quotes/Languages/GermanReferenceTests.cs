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

    [Fact]
    public void Extract_PersonNounAfterASentenceAboutThatPerson_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Bundesminister Jonas Wegner dringt auf eine Entscheidung. Der Grünen-Politiker sagte am Dienstag: „Ich bin nicht zufrieden damit.“");

        Assert.Equal("Jonas Wegner", analysis.SpeakerOf("Ich bin"));
    }

    [Fact]
    public void Extract_PersonNounAfterAConjunctionAndBeforeAGenitive_ThePersonOfTheSentenceBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Noch wartet Paul Kramer ab. Doch der Aktivist der Gewerkschaft aus Lindau sagt auch: „Wir zahlen keine Miete mehr.“");

        Assert.Equal("Paul Kramer", analysis.SpeakerOf("Wir zahlen"));
    }

    [Theory]
    [InlineData("Anke Vogel dringt auf eine Entscheidung. Der Politiker sagte am Dienstag: „Ich bin nicht zufrieden damit.“")]
    [InlineData("Jonas Wegner traf am Montag Paul Kramer. Der Politiker sagte danach: „Ich bin nicht zufrieden damit.“")]
    public void Extract_PersonNounOfAnotherGenderOrAfterTwoPeople_SpeakerIsNull(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", paragraph);

        Assert.Null(analysis.SpeakerOf("Ich bin"));
    }

    [Fact]
    public void Extract_RelativeClauseAfterANameInApposition_ThatName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Die Erklärung des Gründers des Hafen Clubs, Paul Kramer, der 1933 sagte, dass „alle Mitglieder aus der Stadt kommen werden“, galt lange.");

        Assert.Equal("Paul Kramer", analysis.SpeakerOf("alle Mitglieder"));
    }

    [Fact]
    public void Extract_PronounAfterARoleAndAnUnknownCompoundWithItsArticle_ThePersonNotTheCompound()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Die Schauspielerin Lotte Brandauer spielte in der Staatsoper. Dann prägte die Schauspielerin den Sommerball. „Man muss es ernst machen, es muss klappen“, sagte sie.");

        Assert.Equal("Lotte Brandauer", analysis.SpeakerOf("Man muss"));
    }

    [Fact]
    public void Extract_ReportedSpeechPastANounThatIsAlsoAGivenName_ThePersonNamedBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Jonas Weber sprach über Alternativen für Ausfälle aller Art. Die Lage sei ernst. „Wir müssen jetzt bei allen Ausgaben sparen.“");

        Assert.Equal("Jonas Weber", analysis.SpeakerOf("Wir müssen"));
    }
}
