using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Which capitalised runs are people in each language, and which of their words are the name. Invented names.</summary>
public sealed class PersonRunReaderTests
{
    [Theory]
    [InlineData("de", "Ernster Nachsatz")]
    [InlineData("de", "Macron-Berater")]
    [InlineData("es", "Instituto Antártico de Valdeluz")]
    [InlineData("pt", "E")]
    [InlineData("it", "Regione")]
    public void AsPerson_OrdinaryWordsOrBodies_Null(string language, string run)
    {
        var text = $"Heute. {run} kam.";

        Assert.Null(Names(text, language).AsPerson(RunAt(text, run)));
    }

    [Theory]
    [InlineData("de", "Doch Jonas Weber", "Jonas Weber")]
    [InlineData("de", "Verkehrsminister Jonas Weber", "Jonas Weber")]
    [InlineData("de", "Thomas Bernhagen Antrittsgelder", "Thomas Bernhagen")]
    [InlineData("de", "Gesine Tarnow Spendengelder", "Gesine Tarnow")]
    [InlineData("it", "Grazia Conti", "Grazia Conti")]
    [InlineData("es", "Presidente Romero", "Romero")]
    public void AsPerson_RolesAndOpeningWordsSetAside_TheName(string language, string run, string expected)
    {
        var text = $"Ayer. {run} llegó.";

        var person = Names(text, language).AsPerson(RunAt(text, run));

        Assert.Equal(expected, string.Join(' ', person!.Select(w => w.Text)));
    }

    [Theory]
    [InlineData("de", "Walburgis Tenholt (81) blättert in einem Buch.", "Walburgis Tenholt")]
    [InlineData("es", "Ayer Yesenia Quirpa, 42, llegó al puerto.", "Yesenia Quirpa")]
    public void AsPerson_UnknownNamesFollowedByAnAge_ThePerson(string language, string text, string run)
    {
        var person = Names(text, language).AsPerson(RunAt(text, run));

        Assert.Equal(run, string.Join(' ', person!.Select(w => w.Text)));
    }

    [Theory]
    [InlineData("de", "Am Montag kamen die Werbeplakate von Weber an.", "Werbeplakate von Weber")]
    [InlineData("es", "Lo publicó en The Valdeluz Post ayer.", "Valdeluz Post")]
    public void AsPerson_GermanNounCompoundOrTitleAfterAnArticle_Null(string language, string text, string run)
    {
        Assert.Null(Names(text, language).AsPerson(RunAt(text, run)));
    }

    private static PersonRunReader Names(string text, string language) => new(text, KnownLanguages.Find(language), new ArticleFamilyNamesFirst(text));

    private static List<Word> RunAt(string text, string run)
    {
        var start = text.IndexOf(run, StringComparison.Ordinal);
        return WordTokenizer.Tokenize(text, start, start + run.Length);
    }
}
