using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

/// <summary>Remembered lexicon answers must be the answers: per lexicon, per language and per compound reading, invented words.</summary>
public sealed class LexiconMemoTests
{
    [Fact]
    public void Lookup_TwoLexiconsOnOneThread_EachAnswersFromItsOwnTables()
    {
        var knowsOstrand = Lexicon(["ostrand\tP"], ["quill"]);
        var knowsNothing = Lexicon([], []);

        var place = knowsOstrand.Lookup("Ostrand", "en");
        var common = knowsOstrand.IsCommonWord("Quill", "en");

        Assert.True(place.HasFlag(LexiconFlags.Place));
        Assert.True(common);
        Assert.Equal(LexiconFlags.None, knowsNothing.Lookup("Ostrand", "en"));
        Assert.False(knowsNothing.IsCommonWord("Quill", "en"));
        Assert.Equal(place, knowsOstrand.Lookup("Ostrand", "en"));
    }

    [Fact]
    public void Lookup_CompoundAskedInEnglishThenGerman_OnlyGermanReadsTheHead()
    {
        var lexicon = Lexicon(["ministerium\tO"], []);

        var english = lexicon.Lookup("Feldministerium", "en");
        var german = lexicon.Lookup("Feldministerium", "de");

        Assert.False(english.HasFlag(LexiconFlags.OrganisationWord));
        Assert.True(german.HasFlag(LexiconFlags.OrganisationWord));
        Assert.Equal(english, lexicon.Lookup("Feldministerium", "en"));
    }

    [Fact]
    public void IsCommonWord_WordOfOneLanguage_IsCommonInThatLanguageOnly()
    {
        var lexicon = new EntityLexicon(
            EntityTable.From([]),
            language => CommonWordSet.From(language == "fr" ? ["quand"] : []),
            _ => WordRanks.From([]));

        Assert.False(lexicon.IsCommonWord("Quand", "en"));
        Assert.True(lexicon.IsCommonWord("Quand", "fr"));
        Assert.False(lexicon.IsCommonWord("Quand", "en"));
        Assert.True(lexicon.Lookup("Quand").HasFlag(LexiconFlags.CommonWord));
    }

    private static EntityLexicon Lexicon(string[] entities, string[] commonWords) =>
        new(EntityTable.From(entities), _ => CommonWordSet.From(commonWords), _ => WordRanks.From([]));
}
