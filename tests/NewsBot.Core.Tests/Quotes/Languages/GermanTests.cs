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
}
