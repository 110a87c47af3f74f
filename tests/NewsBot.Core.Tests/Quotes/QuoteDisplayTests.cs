using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>What a reader is shown: split quotes joined, dangling punctuation trimmed, the stored span verbatim.</summary>
public sealed class QuoteDisplayTests
{
    private const string Split = "“We will rebuild the pier,” said Ada Lindqvist, the harbour master, “and we will do it before the storms.”";

    [Fact]
    public void Extract_QuoteSplitByAttribution_FirstHalfShowsBothHalves()
    {
        var first = Extract(Split).QuoteStarting("We will rebuild");

        Assert.Equal("We will rebuild the pier, and we will do it before the storms.", first.DisplayText);
        Assert.Equal("We will rebuild the pier,", first.Text);
    }

    [Fact]
    public void Extract_QuoteSplitByAttribution_SecondHalfNotKeyBesideFirst()
    {
        var analysis = Extract(Split);

        Assert.Single(analysis.KeyQuotes, q => q.Text.StartsWith("We will rebuild", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.KeyQuotes, q => q.Text.StartsWith("and we will", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TrailingComma_TrimmedForDisplayOnly()
    {
        const string text = "“The harbour will stay open all winter,” said Ada Lindqvist.";

        var quote = Assert.Single(Extract(text).Quotes);

        Assert.Equal("The harbour will stay open all winter", quote.DisplayText);
        Assert.Equal(text[quote.Start..quote.End], quote.Text);
        Assert.EndsWith(",", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SameSpeakerNextQuoteCapitalised_NotJoined()
    {
        var analysis = Extract("“The pier is ready,” said Ada Lindqvist. “The ferry starts on Monday.”");

        Assert.Equal("The pier is ready", analysis.QuoteStarting("The pier").DisplayText);
    }

    [Fact]
    public void Extract_UnattributedQuoteSplitByShortAttribution_HalvesJoined()
    {
        var first = Extract("“The ferry was late every day last winter,” one resident said, “and nobody ever told us why.”").QuoteStarting("The ferry");

        Assert.Null(first.Speaker);
        Assert.Equal("The ferry was late every day last winter, and nobody ever told us why.", first.DisplayText);
    }

    [Fact]
    public void Extract_CommaBeforeClosingNestedMark_TrimmedForDisplay()
    {
        var quote = Assert.Single(Extract("“My father told me often ‘we survived,’” Ada Lindqvist said after the vote.").Quotes);

        Assert.Equal("My father told me often ‘we survived’", quote.DisplayText);
    }

    [Fact]
    public void Extract_CapitalisedTitleAfterName_RoleWordsInLowerCaseBodyCapitalised()
    {
        var quote = Assert.Single(Extract("“The pier will open in June,” said Ada Lindqvist, the Northfield Harbour Authority Spokesperson.").Quotes);

        Assert.Equal("Ada Lindqvist", quote.Speaker);
        Assert.Equal("Northfield Harbour Authority spokesperson", quote.SpeakerRole);
    }
}
