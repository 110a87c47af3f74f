using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Corley manager Ruth Abney was furious … she said`: the person after the role is the subject, not the club before it.</summary>
public sealed class BodyRoleLeadTests
{
    [Fact]
    public void Extract_PronounAfterClubRolePersonOpening_Person()
    {
        var analysis = Extract(Article(
            "Corley Rangers beat Dunmere Town 2-1 with a late goal that the visitors disputed.",
            "Dunmere manager Ruth Abney was furious about the winner, which she believed came from a foul on her keeper. “Everybody saw it except the referee,” she said."));

        Assert.Equal("Ruth Abney", analysis.QuoteStarting("Everybody saw it").Speaker);
    }

    [Fact]
    public void Follows_NameAfterBodyAndRoleAtSentenceStart_True()
    {
        const string text = "Dunmere manager Ruth Abney was furious.";
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.True(BodyRoleLead.Follows(text, words, 2));
    }

    [Fact]
    public void Follows_BodyAndRoleInsideSentence_False()
    {
        const string text = "The fans booed as Dunmere manager Ruth Abney left.";
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.False(BodyRoleLead.Follows(text, words, 6));
    }

    [Fact]
    public void Follows_NoRoleBeforeName_False()
    {
        const string text = "Dunmere Ruth Abney was furious.";
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.False(BodyRoleLead.Follows(text, words, 1));
    }
}
