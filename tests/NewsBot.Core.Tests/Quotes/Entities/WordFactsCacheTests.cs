using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

/// <summary>Remembered facts must be the facts: per lexicon and per language, invented words.</summary>
public sealed class WordFactsCacheTests
{
    [Fact]
    public void Facts_TwoLexiconsOnOneThread_EachAnswersFromItsOwnTable()
    {
        var knowsVarnholt = Lexicon("varnholt\tP");
        var knowsNothing = Lexicon();

        var first = knowsVarnholt.Facts("Varnholt", "en");
        var second = knowsNothing.Facts("Varnholt", "en");
        var again = knowsVarnholt.Facts("Varnholt", "en");

        Assert.True(first.Has(LexiconFlags.Place));
        Assert.True(second.IsUnknown);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Facts_SameWordInTwoLanguages_KeepsEachLanguagesRank()
    {
        var lexicon = new EntityLexicon(
            EntityTable.From([]),
            _ => CommonWordSet.From([]),
            language => WordRanks.From(language == "de" ? ["zwischen"] : []));

        var german = lexicon.Facts("Zwischen", "de");
        var english = lexicon.Facts("Zwischen", "en");

        Assert.Equal(1, german.Rank);
        Assert.Equal(0, english.Rank);
        Assert.Equal(german, lexicon.Facts("Zwischen", "de"));
    }

    private static EntityLexicon Lexicon(params string[] lines) =>
        new(EntityTable.From(lines), _ => CommonWordSet.From([]), _ => WordRanks.From([]));
}
