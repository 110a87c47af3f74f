using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class LexiconEntryTests
{
    [Fact]
    public void Parse_Codes_FlagsAndGender() =>
        Assert.Equal(new LexiconEntry(LexiconFlags.GivenName | LexiconFlags.Place, Gender.Female, GenderKnown: true), LexiconEntry.Parse("GPf"));

    [Fact]
    public void Parse_BothGenders_Unknown() =>
        Assert.Equal(Gender.Unknown, LexiconEntry.Parse("Gmf").Gender);

    [Fact]
    public void Parse_EveryCode_EveryFlag() =>
        Assert.Equal((LexiconFlags)1023 & ~LexiconFlags.CommonWord, LexiconEntry.Parse("GSPDORTKH").Flags);

    [Theory]
    [InlineData("it", nameof(Gender.Male))]
    [InlineData("fr", nameof(Gender.Unknown))]
    [InlineData("de", nameof(Gender.Female))]
    [InlineData(null, nameof(Gender.Female))]
    public void GenderIn_LanguageWhoseSourcesDiffer_ThatLanguagesGender(string? language, string expected) =>
        Assert.Equal(Enum.Parse<Gender>(expected), LexiconEntry.Parse("Gf it:m fr:b").GenderIn(language));

    [Fact]
    public void Parse_LanguageGenders_FlagsUnchanged() =>
        Assert.Equal(LexiconFlags.GivenName | LexiconFlags.Surname, LexiconEntry.Parse("GSm pt:f").Flags);

    [Theory]
    [InlineData("Gmf", true)]
    [InlineData("Gm", true)]
    [InlineData("G", false)]
    public void Parse_Genders_KnownWhenAnySourceGivesOne(string codes, bool known) =>
        Assert.Equal(known, LexiconEntry.Parse(codes).GenderKnown);
}
