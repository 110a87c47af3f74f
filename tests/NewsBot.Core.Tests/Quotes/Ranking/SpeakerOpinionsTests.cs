using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>The other opinions on the rules' speaker, in three letters: ranker, nearest name, entity check.</summary>
public sealed class SpeakerOpinionsTests
{
    [Fact]
    public void Agreement_RankerSureAndRuleNearest_AllAgree()
    {
        var candidates = new[] { Candidate("Oskar Lindgren", distance: 12), Candidate("Mira Halden", distance: -80) };

        Assert.Equal("RNE", SpeakerOpinions.Agreement(candidates, [0.9, 0.05], entityFactor: 1));
    }

    [Fact]
    public void Agreement_RankerPrefersAnotherNearerName_BothDisagree()
    {
        var candidates = new[] { Candidate("Oskar Lindgren", distance: -150), Candidate("Mira Halden", distance: 5) };

        Assert.Equal("xnE", SpeakerOpinions.Agreement(candidates, [0.2, 0.7], entityFactor: 1));
    }

    [Fact]
    public void Agreement_RankerUnsureNoNameNearbyPlaceLike_LowerCaseLetters()
    {
        var candidates = new[] { new RankingCandidate("Halvik") };

        Assert.Equal("rno", SpeakerOpinions.Agreement(candidates, [0.3], entityFactor: 0.4));
    }

    private static RankingCandidate Candidate(string name, int distance) => new(name)
    {
        Nearest = new NameMention(new TextSpan(0, name.Length), name, name.Split(' '), NameKind.Person, Gender.Unknown),
        Distance = distance,
    };
}
