using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class EntityLexiconTests
{
    private static EntityLexicon Lexicon => EntityLexicon.Shared;

    [Theory]
    [InlineData("Mara")]
    [InlineData("Friedrich")]
    [InlineData("Jean-Luc")]
    [InlineData("Giulia")]
    [InlineData("João")]
    public void IsGivenName_KnownGivenName_True(string word) => Assert.True(Lexicon.IsGivenName(word));

    [Theory]
    [InlineData("Lindqvist")]
    [InlineData("Schmidt")]
    [InlineData("Smith-Jones")]
    public void IsSurname_KnownSurname_True(string word) => Assert.True(Lexicon.IsSurname(word));

    [Theory]
    [InlineData("Leeds")]
    [InlineData("New York")]
    [InlineData("Buenos Aires")]
    [InlineData("Deutschland")]
    [InlineData("Allemagne")]
    [InlineData("Brasil")]
    [InlineData("Sudáfrica")]
    public void IsPlace_KnownPlace_True(string phrase) => Assert.True(Lexicon.IsPlace(phrase));

    [Theory]
    [InlineData("Dennoch")]
    [InlineData("Regierung")]
    [InlineData("Mara")]
    public void IsPlace_NotAPlace_False(string phrase) => Assert.False(Lexicon.IsPlace(phrase));

    [Theory]
    [InlineData("British")]
    [InlineData("British-Israeli")]
    [InlineData("Israelis")]
    [InlineData("deutschen")]
    [InlineData("Deutsche")]
    [InlineData("française")]
    [InlineData("española")]
    [InlineData("italiana")]
    [InlineData("brasileira")]
    [InlineData("portugueses")]
    public void IsDemonym_NationalityInAnyForm_True(string word) => Assert.True(Lexicon.IsDemonym(word));

    [Theory]
    [InlineData("Dennoch", "de")]
    [InlineData("Spiele", "de")]
    [InlineData("Regierung", "de")]
    [InlineData("E", "pt")]
    [InlineData("Cependant", "fr")]
    [InlineData("Sin", "es")]
    [InlineData("Tuttavia", "it")]
    [InlineData("However", "en")]
    public void IsCommonWord_CommonWordOfTheLanguage_True(string word, string language) =>
        Assert.True(Lexicon.IsCommonWord(word, language));

    [Theory]
    [InlineData("Dennoch", "en")]
    [InlineData("Lindqvist", "de")]
    [InlineData("Merkel", "de")]
    public void IsCommonWord_NotAWordOfTheLanguage_False(string word, string language) =>
        Assert.False(Lexicon.IsCommonWord(word, language));

    [Fact]
    public void Lookup_NameThatIsAlsoAWord_KeepsEveryFact()
    {
        var flags = Lexicon.Lookup("Will", "en");

        Assert.True(flags.HasFlag(LexiconFlags.GivenName));
        Assert.True(flags.HasFlag(LexiconFlags.CommonWord));
    }

    [Fact]
    public void Lookup_WithoutLanguage_CommonInAnyLanguage()
    {
        Assert.True(Lexicon.Lookup("Dennoch").HasFlag(LexiconFlags.CommonWord));
        Assert.False(Lexicon.Lookup("Dennoch", "fr").HasFlag(LexiconFlags.CommonWord));
    }

    [Theory]
    [InlineData("Truth Social", nameof(LexiconFlags.Platform))]
    [InlineData("TikTok", nameof(LexiconFlags.Platform))]
    [InlineData("brochure", nameof(LexiconFlags.DocumentWord))]
    [InlineData("Bericht", nameof(LexiconFlags.DocumentWord))]
    [InlineData("relatório", nameof(LexiconFlags.DocumentWord))]
    [InlineData("GmbH", nameof(LexiconFlags.OrganisationWord))]
    [InlineData("Ministerium", nameof(LexiconFlags.OrganisationWord))]
    [InlineData("ministério", nameof(LexiconFlags.OrganisationWord))]
    [InlineData("Partei", nameof(LexiconFlags.OrganisationWord))]
    [InlineData("Sprecherin", nameof(LexiconFlags.RoleWord))]
    [InlineData("porte-parole", nameof(LexiconFlags.RoleWord))]
    [InlineData("portavoce", nameof(LexiconFlags.RoleWord))]
    [InlineData("porta-voz", nameof(LexiconFlags.RoleWord))]
    [InlineData("Dr.", nameof(LexiconFlags.Honorific))]
    [InlineData("Frau", nameof(LexiconFlags.Honorific))]
    public void Lookup_CuratedWord_HasItsFlag(string word, string expected) =>
        Assert.True(Lexicon.Lookup(word).HasFlag(Enum.Parse<LexiconFlags>(expected)), $"{word}: {Lexicon.Lookup(word)}");

    [Fact]
    public void Lookup_PossessiveAndCase_FindTheWord() =>
        Assert.Equal(Lexicon.Lookup("leeds"), Lexicon.Lookup("LEEDS’s"));

    [Theory]
    [InlineData("Giulia", nameof(Gender.Female))]
    [InlineData("Friedrich", nameof(Gender.Male))]
    [InlineData("Dennoch", nameof(Gender.Unknown))]
    public void GenderOf_GivenName_ItsUsualGender(string name, string expected) => Assert.Equal(Enum.Parse<Gender>(expected), Lexicon.GenderOf(name));

    [Theory]
    [InlineData("Andrea", "it", nameof(Gender.Male))]
    [InlineData("Andrea", "de", nameof(Gender.Female))]
    [InlineData("Simone", "it", nameof(Gender.Male))]
    [InlineData("Simone", "fr", nameof(Gender.Female))]
    [InlineData("Paul", "fr", nameof(Gender.Male))]
    [InlineData("Sophie", "fr", nameof(Gender.Female))]
    [InlineData("Thomas", "de", nameof(Gender.Male))]
    public void GenderOf_NameInALanguage_TheMajorityOfThatLanguagesSources(string name, string language, string expected) =>
        Assert.Equal(Enum.Parse<Gender>(expected), Lexicon.GenderOf(name, language));

    [Fact]
    public void Shared_SecondCall_SameInstance() => Assert.Same(EntityLexicon.Shared, EntityLexicon.Shared);

    [Theory]
    [InlineData("Mara")]
    [InlineData("Will")]
    [InlineData("Dennoch")]
    [InlineData("New York")]
    [InlineData("British-Israeli")]
    [InlineData("Innenministerium")]
    [InlineData("l’Europe")]
    [InlineData("d'Italia")]
    [InlineData("C’est")]
    [InlineData("They’re")]
    [InlineData("Trump’s")]
    [InlineData("")]
    public void EntityFlags_AnyWord_LookupWithoutLanguageLessCommonWord(string word) =>
        Assert.Equal(Lexicon.Lookup(word) & ~LexiconFlags.CommonWord, Lexicon.EntityFlags(word));

    [Theory]
    [InlineData("Mara")]
    [InlineData("Innenministerium")]
    [InlineData("British-Israeli")]
    [InlineData("Trump’s")]
    public void EntityFlags_WordNoElidedArticle_LoadsNoLanguagesWords(string word)
    {
        var loaded = new List<string>();
        var lexicon = new EntityLexicon(
            EntityTable.Load(),
            language => { loaded.Add(language); return CommonWordSet.From([]); },
            language => { loaded.Add(language); return WordRanks.From([]); });

        _ = lexicon.EntityFlags(word);
        _ = lexicon.IsGivenName(word) || lexicon.IsSurname(word) || lexicon.IsPlace(word) || lexicon.IsDemonym(word);

        Assert.Empty(loaded);
    }
}
