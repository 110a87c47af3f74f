using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

public sealed class KeyQuoteRankingTests
{
    private static readonly string Council = Article(
        "The Harbor City council approved the ferry budget on Tuesday after a long debate about the harbor walls.",
        "“The harbor walls will be repaired before the winter storms arrive, and the ferry budget pays for it,” said treasurer Lena Brandt.",
        "“We moved four million from the parking fund to the harbor walls,” Brandt said. “The ferry budget is balanced for the first time.”",
        "“The council ignored the residents on the ferry budget again,” said Tomas Okafor, who leads the opposition.",
        "Okafor called the plan a “disaster” and the vote “rushed.” Critics dubbed it “The Harbor Deal.”");

    [Fact]
    public void Extract_Fragments_KeptAsMentionsNeverKey()
    {
        var analysis = Extract(Council, maxKeyQuotes: 10);

        Assert.All(analysis.Mentions, q => Assert.False(q.IsKey));
        Assert.Equal(["disaster", "rushed.", "The Harbor Deal."], analysis.Mentions.Select(q => q.Text));
        Assert.DoesNotContain(analysis.Quotes, q => q.Text == "disaster");
    }

    [Fact]
    public void Extract_TitleInQuotes_NeverKey()
    {
        var analysis = Extract(Council, maxKeyQuotes: 10);

        Assert.False(analysis.MentionStarting("The Harbor Deal").IsKey);
    }

    [Fact]
    public void Extract_TwoKeyQuotes_TwoDifferentVoicesBeforeASecondFromOne()
    {
        var analysis = Extract(Council, maxKeyQuotes: 2);

        var speakers = analysis.KeyQuotes.Select(q => q.Speaker).ToList();
        Assert.Equal(2, speakers.Count);
        Assert.Equal(["Lena Brandt", "Tomas Okafor"], speakers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_ThreeStrongQuotesFromOneSpeaker_AtMostTwoBeforeAnotherSpeaker()
    {
        var analysis = Extract(Council, maxKeyQuotes: 3);

        var key = analysis.KeyQuotes.ToList();
        Assert.Equal(3, key.Count);
        Assert.Equal(2, key.Count(q => q.Speaker == "Lena Brandt"));
        Assert.Contains(key, q => q.Speaker == "Tomas Okafor");
    }

    [Fact]
    public void Extract_MaxKeyQuotes_Respected()
    {
        Assert.Single(Extract(Council, maxKeyQuotes: 1).KeyQuotes);
        Assert.Empty(Extract(Council, maxKeyQuotes: 0).KeyQuotes);
    }

    [Fact]
    public void Extract_Scores_BetweenZeroAndOneAndTopicalAboveOffTopic()
    {
        var analysis = Extract(Council, maxKeyQuotes: 10);

        Assert.All(analysis.Quotes, q => Assert.InRange(q.Score, 0, 1));
        Assert.True(analysis.QuoteStarting("The harbor walls will").Score > analysis.QuoteStarting("The council ignored").Score);
    }

    [Fact]
    public void Extract_FormulaicQuote_RankedBelowInformativeOne()
    {
        var analysis = Extract(Article(
            "The port authority published its annual figures for the harbor.",
            "“We are pleased with the results and thank you all for the support,” said Tomas Okafor.",
            "“Cargo through the harbor grew 14 percent while ferry traffic doubled,” said Lena Brandt."));

        Assert.True(analysis.QuoteStarting("Cargo").Score > analysis.QuoteStarting("We are pleased").Score);
    }

    [Fact]
    public void Extract_SameInput_SameRanking()
    {
        var first = Extract(Council);
        var second = Extract(Council);

        Assert.Equal(first.Quotes, second.Quotes);
    }
}
