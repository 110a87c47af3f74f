using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>British house style: straight single marks as quotation marks, and the apostrophes they must not be.</summary>
public sealed class StraightSingleMarkTests
{
    [Fact]
    public void Extract_BritishStraightSingleMarks_FindsQuotesAndSpeaker()
    {
        var analysis = Extract(Article(
            "Harbour plan wins backing",
            "Councillor Nora Pike said the harbour's new wall would be 'built before the winter storms arrive'.",
            "'We have waited far too long for this wall, and the town's fishermen deserve it,' Mrs Pike said.",
            "'The money is there and the builders are ready to start,' she added."));

        Assert.Equal("Nora Pike", analysis.QuoteStarting("We have waited").Speaker);
        Assert.Equal("Nora Pike", analysis.QuoteStarting("The money is there").Speaker);
    }

    [Fact]
    public void Extract_StraightSingleQuoteOverTwoParagraphs_FirstParagraphFound()
    {
        var analysis = Extract(Article(
            "Harbour plan wins backing",
            "Councillor Nora Pike warned the board: 'If we do not act now, the old wall will give way in the first storm.",
            "'Then the harbour will be closed to every boat for a year.'",
            "'I will not let that happen,' she said."));

        Assert.Contains(analysis.Quotes.Concat(analysis.Mentions), q => q.Text.StartsWith("If we do not act now", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DoubleMarkTextWithApostrophes_FindsNoSingleQuote()
    {
        var analysis = Extract(Article(
            "Diner reopens",
            "Owner Tess Brandt grew up on 'em, the pies of the '90s, and she's bringing the recipes back.",
            "\"We kept every recipe my grandmother wrote down,\" Brandt said."));

        var quote = Assert.Single(analysis.Quotes);
        Assert.StartsWith("We kept every recipe", quote.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.StartsWith("em", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DoubledApostrophesAsDoubleMarks_NoSingleQuotes()
    {
        var analysis = Extract(Article(
            "Mayor's plan",
            "''That was not a fair way to treat the port,'' said Mayor Ian Crowe, who called the plan 'rushed'."));

        Assert.DoesNotContain(analysis.Quotes.Concat(analysis.Mentions), q => q.Text == "rushed");
    }
}
