using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class CommonWordSetTests
{
    [Fact]
    public void Contains_WordOfTheSet_True()
    {
        var set = CommonWordSet.From(["dennoch", "spiele", "über"]);

        Assert.True(set.Contains("über"));
        Assert.True(set.Contains("spiele"));
        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void Contains_OtherWordOrCase_False()
    {
        var set = CommonWordSet.From(["dennoch"]);

        Assert.False(set.Contains("Dennoch"));
        Assert.False(set.Contains("dennoc"));
    }

    [Fact]
    public void Load_EmbeddedGermanList_HoldsHundredsOfThousandsOfWords() =>
        Assert.True(CommonWordSet.Load("de").Count > 200_000);
}
