using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class LexiconEntryTests
{
    [Fact]
    public void Parse_Codes_FlagsAndGender() =>
        Assert.Equal(new LexiconEntry(LexiconFlags.GivenName | LexiconFlags.Place, Gender.Female), LexiconEntry.Parse("GPf"));

    [Fact]
    public void Parse_BothGenders_Unknown() =>
        Assert.Equal(Gender.Unknown, LexiconEntry.Parse("Gmf").Gender);

    [Fact]
    public void Parse_EveryCode_EveryFlag() =>
        Assert.Equal((LexiconFlags)1023 & ~LexiconFlags.CommonWord, LexiconEntry.Parse("GSPDORTKH").Flags);
}
