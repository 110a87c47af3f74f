using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class WordRanksTests
{
    [Fact]
    public void RankOf_WordsInRankOrder_OneBasedRank()
    {
        var ranks = WordRanks.From(["der", "und", "dennoch"]);

        Assert.Equal(1, ranks.RankOf("der"));
        Assert.Equal(3, ranks.RankOf("dennoch"));
    }

    [Fact]
    public void RankOf_RepeatedWord_KeepsItsFirstRank()
    {
        var ranks = WordRanks.From(["und", "der", "und"]);

        Assert.Equal(1, ranks.RankOf("und"));
        Assert.Equal(2, ranks.Count);
    }

    [Fact]
    public void RankOf_UnlistedWord_Zero() => Assert.Equal(0, WordRanks.From(["und"]).RankOf("lindqvist"));
}
