using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>The shipped ranker on invented articles: it keeps a cue's subject, weighs names near a quote, and abstains.</summary>
public sealed class SpeakerRankerTests
{
    [Fact]
    public void Extract_CueSubjectBesideOrganisationAndPlace_KeepsTheCueSubject()
    {
        var text = Article(
            "Oskar Lindgren of the Brenford Harbour Authority spoke in Halvik on Monday.",
            "“We will reopen the harbour road by May,” said Lindgren, standing beside the Halvik Ferry Company office.");

        var quote = Assert.Single(Extract(text).Quotes);

        Assert.Equal("Oskar Lindgren", quote.Speaker);
        Assert.True(quote.SpeakerConfidence >= RuleBasedQuoteExtractor.DefaultMinSpeakerConfidence, $"confidence {quote.SpeakerConfidence}");
    }

    [Fact]
    public void Extract_NoPersonNamedNearby_Abstains()
    {
        var text = Article(
            "Halvik Council met on Tuesday in Brenford to discuss the ferry budget.",
            "“We cannot keep paying for the ferry every winter,” one resident said.");

        var quote = Assert.Single(Extract(text).Quotes);

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void SpeakerCandidates_QuoteWithoutCue_ListsNearbyNamesButNoneIsSureEnough()
    {
        var text = Article(
            "Harbour master Oskar Lindgren walked the pier with the Brenford Harbour Authority on Monday.",
            "“We will reopen the harbour road by May, whatever the weather does.”");

        var rows = new RuleBasedQuoteExtractor().SpeakerCandidates(text);
        var probabilities = SpeakerModel.Embedded.Probabilities(rows.Select(r => r.Features).ToList());

        Assert.Contains(rows, r => r.Speaker.EndsWith("Lindgren", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Speaker.Contains("Authority", StringComparison.Ordinal));
        Assert.All(probabilities, p => Assert.True(p < SpeakerRanker.MinProbabilityWithoutRule, $"probability {p}"));
        Assert.Null(Assert.Single(Extract(text).Quotes).Speaker);
    }

    [Fact]
    public void Extract_RankerOff_RulesAloneStillAttribute()
    {
        const string text = "“The ferry will run all winter,” said Maren Ostby, the harbour master.";

        var quote = Assert.Single(new RuleBasedQuoteExtractor { SpeakerModel = null }.Extract(text).Quotes);

        Assert.Equal("Maren Ostby", quote.Speaker);
    }
}
