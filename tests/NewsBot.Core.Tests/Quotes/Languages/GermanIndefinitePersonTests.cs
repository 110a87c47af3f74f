using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Ein Vater zweier Kinder ergänzte:`: someone the text does not name, though `Vater` is a surname. Invented people.</summary>
public sealed class GermanIndefinitePersonTests
{
    [Fact]
    public void Extract_EinVaterColonLead_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Die Stadt braucht diese Einnahmen“, sagte Bürgermeister Lorenz Hebestreit.",
            "Ein Vater zweier Kinder ergänzte: „Die Kinder gehen hier jeden Tag zur Schule.“");

        Assert.Equal("Lorenz Hebestreit", analysis.SpeakerOf("Die Stadt"));
        Assert.Null(analysis.SpeakerOf("Die Kinder"));
    }

    [Theory]
    [InlineData("Ein Vater zweier Kinder", 4)]
    [InlineData("Eine ältere Anwohnerin sagte", 0)]
    [InlineData("sagte eine ältere Anwohnerin", 18)]
    public void At_PersonNounAfterIndefiniteArticle_True(string text, int position) =>
        Assert.True(GermanIndefinitePerson.At(text, position));

    [Theory]
    [InlineData("Ein Sprecher des Ministeriums", 4)]
    [InlineData("Ein Bericht der Kommission", 4)]
    [InlineData("sagte Anna Vater", 11)]
    [InlineData("Ein Anwohner Karl Brink", 0)]
    public void At_SpokespersonThingOrName_False(string text, int position) =>
        Assert.False(GermanIndefinitePerson.At(text, position));
}
