namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>German cues: inversion, `so`, `laut`, colon introductions, `er`/`sie`, and capitalised nouns that are nobody. Invented people.</summary>
public sealed class GermanTests
{
    [Theory]
    [InlineData("„Wir bleiben bei unserem Plan“, sagte Anke Vogel.")]
    [InlineData("„Wir bleiben bei unserem Plan“, erklärte Anke Vogel am Montag.")]
    [InlineData("„Wir bleiben bei unserem Plan“, betont Anke Vogel.")]
    [InlineData("„Wir bleiben bei unserem Plan“, so Anke Vogel.")]
    [InlineData("„Wir bleiben bei unserem Plan“, fügte Anke Vogel hinzu.")]
    [InlineData("Anke Vogel sagte: „Wir bleiben bei unserem Plan.“")]
    [InlineData("Ministerin Anke Vogel: „Wir bleiben bei unserem Plan.“")]
    [InlineData("Laut Anke Vogel gilt: „Wir bleiben bei unserem Plan.“")]
    [InlineData("»Wir bleiben bei unserem Plan«, sagte Anke Vogel.")]
    [InlineData("„Wir bleiben bei unserem Plan“, führte Anke Vogel aus.")]
    [InlineData("„Wir bleiben bei unserem Plan“, bemerkte Anke Vogel.")]
    [InlineData("„Wir bleiben bei unserem Plan“, hob Anke Vogel hervor.")]
    [InlineData("„Wir bleiben bei unserem Plan“, fuhr Anke Vogel fort.")]
    [InlineData("„Wir bleiben bei unserem Plan“, verwies Anke Vogel auf den Beschluss.")]
    public void Extract_GermanCue_AttributesTheQuote(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        Assert.Equal("Anke Vogel", analysis.SpeakerOf("Wir bleiben"));
    }

    [Fact]
    public void Extract_InvertedRoleAndName_SpeakerIsTheNameWithTheRole()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "„Die Fähre kommt im Mai zurück“, sagte der Verkehrsminister Jonas Weber.");

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Jonas Weber", quote.Speaker);
        Assert.Equal("Verkehrsminister", quote.SpeakerRole);
    }

    [Theory]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagte er.")]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagt Weber.")]
    [InlineData("Dennoch blieb er gelassen: „Die Fähre kommt im Mai zurück.“")]
    public void Extract_PronounOrSurname_ResolvedToTheFullName(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Jonas Weber besuchte am Montag den Hafen.", sentence);

        Assert.Equal("Jonas Weber", analysis.SpeakerOf("Die Fähre"));
    }

    [Theory]
    [InlineData("Ernster Nachsatz: „Die Fähre kommt im Mai zurück.“")]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagte ein Sprecher.")]
    [InlineData("Einige Anwohner hätten ihm gesagt: „Die Fähre kommt im Mai zurück.“")]
    public void Extract_NoNamedSource_SpeakerIsNull(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        Assert.Null(analysis.SpeakerOf("Die Fähre"));
    }

    [Fact]
    public void Extract_PluralSie_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Anke Vogel besuchte am Montag den Hafen.", "„Die Fähre kommt im Mai zurück“, sagten sie.");

        Assert.Null(analysis.SpeakerOf("Die Fähre"));
    }

    [Fact]
    public void Extract_QuoteAfterASentenceAboutOnePerson_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Anke Vogel wundert sich über die Hartnäckigkeit der Behörden. „Wir bleiben bei unserem Plan.“");

        Assert.Equal("Anke Vogel", analysis.SpeakerOf("Wir bleiben"));
    }

    [Fact]
    public void Extract_QuoteAfterASentenceAboutTwoPeople_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Sowohl Anke Vogel als auch Jonas Weber bestreiten jede Kenntnis der Pläne. „Wir bleiben bei unserem Plan.“");

        Assert.Null(analysis.SpeakerOf("Wir bleiben"));
    }

    [Fact]
    public void Extract_DescriptionWithAComplement_TheRoleHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "„Die Fähre ist ausgebucht“, sagte Konzernchef Jonas Weber am Dienstag.", "Die Werft in Kleinfeld baut seit dem Sommer zwei neue Schiffe.",
            "Auch Sabine Roth aus dem Stadtrat lobte die Werft.", "„Wir bleiben bei unserem Plan“, sagte der Konzernchef von Fährbau mit Blick auf das Jahr.");

        Assert.Equal("Jonas Weber", analysis.SpeakerOf("Wir bleiben"));
    }

    [Fact]
    public void Extract_CommonNounBeforeVon_SpeakerIsTheNameAfterIt()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "In der Backstube von Uwe Lenz riecht es nach Zimt. „Wir backen seit fünf Uhr“, sagte Lenz.");

        Assert.Equal("Uwe Lenz", analysis.SpeakerOf("Wir backen"));
    }

    [Theory]
    [InlineData("Paul Kramer besuchte am Montag den Hafen.")]
    [InlineData("Jonas Weber besuchte am Montag den Hafen.")]
    public void Extract_SieAfterOnlyAManWhoseNameTheLexiconLeavesOpen_SpeakerIsNull(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence, "„Wir backen seit fünf Uhr“, sagte sie.");

        Assert.Null(analysis.SpeakerOf("Wir backen"));
    }

    [Fact]
    public void Extract_SieAfterAWomanAndThenAMan_TheWoman()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Anke Vogel besuchte am Montag den Hafen.", "Neben ihr stand Paul Kramer. „Wir backen seit fünf Uhr“, sagte sie.");

        Assert.Equal("Anke Vogel", analysis.SpeakerOf("Wir backen"));
    }

    [Theory]
    [InlineData("Arno Pietsch zufolge „wird die Region noch Jahre brauchen, um sich davon zu erholen“.", "Arno Pietsch")]
    [InlineData("Der Forscherin Lena Moor zufolge „braucht die Region noch viele Jahre für den Wiederaufbau“.", "Lena Moor")]
    public void Extract_SourceBeforeZufolge_TheSource(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        Assert.Equal(speaker, Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("„Wir stehen vor einer großen Herausforderung“, erklärt Zoo- und Tierparkdirektor Dr. Lars Heming.")]
    [InlineData("Zoo- und Tierparkdirektor Lars Heming sagte: „Wir stehen vor einer großen Herausforderung.“")]
    public void Extract_CompoundCutAtItsHyphenBeforeTheName_TheNameAfterTheRole(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        Assert.Equal("Lars Heming", analysis.SpeakerOf("Wir stehen"));
    }

    [Theory]
    [InlineData("Am 22. Januar schrieben Sie: „Leiten Sie den Multiplikator aus dem Modell ab, dann hängt er vom Zins ab.“")]
    [InlineData("Am Montag schrieben Sie: „Leiten Sie den Multiplikator aus dem Modell ab, dann hängt er vom Zins ab.“")]
    public void Extract_DateBeforeTheColon_SpeakerIsNull(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Der Streit um das Modell ging weiter.", sentence);

        Assert.Null(analysis.SpeakerOf("Leiten Sie"));
    }

    [Theory]
    [InlineData("„Sie war in jeder Szene von großer Präzision“, etwa wenn es um die Mimik ging, sagt Jonas Weber, der die Serie drehte.")]
    [InlineData("„Sie war in jeder Szene von großer Präzision“, als die Kamera lief, sagt Jonas Weber.")]
    public void Extract_SubordinateClauseBetweenQuoteAndInvertedVerb_TheSubjectAfterTheVerb(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Die Serie lief zehn Jahre im Fernsehen.", sentence);

        Assert.Equal("Jonas Weber", analysis.SpeakerOf("Sie war in jeder"));
    }
}
