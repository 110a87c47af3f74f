using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

public sealed class QuotationFindingTests
{
    [Fact]
    public void Extract_CurlyAndStraightQuotes_TextIsBetweenTheMarks()
    {
        var analysis = Extract(Article(
            "“The bridge reopens on Friday,” said Lena Brandt.",
            "\"We tested every cable twice,\" Brandt said."));

        Assert.Equal(["The bridge reopens on Friday,", "We tested every cable twice,"], analysis.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Extract_EveryQuote_OffsetsAreVerbatim()
    {
        var text = Article(
            "Harbor pilot Jonas Eklund said: “Fog is the real enemy here.” He laughed.",
            "« Le port reste ouvert », a dit Claire Fontaine. „Wir warten ab“, sagte Anke Vogel.",
            "“Twelve ships 🚢 waited outside,” Eklund said.");

        var analysis = Extract(text);

        Assert.Equal(4, analysis.Quotes.Count);
        Assert.All(analysis.Quotes, q => Assert.Equal(text.Substring(q.Start, q.End - q.Start), q.Text));
    }

    [Fact]
    public void Extract_Apostrophes_AreNotQuoteMarks()
    {
        var analysis = Extract("The mayor’s office didn’t comment, and the harbor's owners won't either. Residents' patience is thin in the ’90s-era district.");

        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Extract_UnambiguousSingleQuotes_AreQuotes()
    {
        var analysis = Extract("Officials called the plan ‘a bold step for the whole harbor’ in their report.");

        // A phrase finishing the writer's clause is a mention (RunInFragment); the marks are read either way.
        Assert.Equal("a bold step for the whole harbor", Assert.Single(analysis.Quotes.Concat(analysis.Mentions)).Text);
    }

    [Fact]
    public void Extract_UnbalancedMark_IsBoundedByItsParagraph()
    {
        var analysis = Extract(Article(
            "Brandt wrote \"a long letter to the council and never heard back",
            "The council met on Tuesday. It approved the budget.",
            "\"We are done,\" said Tomas Okafor."));

        Assert.Equal(["a long letter to the council and never heard back", "We are done,"], analysis.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Extract_NestedSingleQuotes_StayInsideTheOuterQuote()
    {
        var analysis = Extract("“He told me ‘not this year’ and walked out,” Brandt said.");

        Assert.Equal("He told me ‘not this year’ and walked out,", Assert.Single(analysis.Quotes).Text);
    }

    [Fact]
    public void Extract_CurlyQuotesInsideStraightQuote_Nest()
    {
        var analysis = Extract("\"He said “no” twice and left the room,\" Lena Brandt said.");

        Assert.Equal("He said “no” twice and left the room,", Assert.Single(analysis.Quotes).Text);
    }

    [Fact]
    public void Extract_MixedStraightAndCurlyMarks_ClosePair()
    {
        var analysis = Extract("\"The bridge reopens on Friday,” said Lena Brandt.");

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("The bridge reopens on Friday,", quote.Text);
        Assert.Equal("Lena Brandt", quote.Speaker);
    }

    [Fact]
    public void Extract_OneParagraphPerLine_UnclosedQuoteStopsAtLineEnd()
    {
        var analysis = Extract("Brandt wrote \"a long letter to the council\nThe council met on Tuesday.\n\"We are done,\" said Tomas Okafor.");

        Assert.Equal(["a long letter to the council", "We are done,"], analysis.Quotes.Select(q => q.Text));
        Assert.Equal("Tomas Okafor", analysis.Quotes[1].Speaker);
    }

    [Fact]
    public void Extract_Guillemets_FindsQuotes()
    {
        var analysis = Extract(Article(
            "« Nous ne fermerons pas la bibliothèque », a dit Claire Fontaine.",
            "»Das Projekt ist zu teuer«, sagte Anke Vogel."));

        Assert.Equal(["Nous ne fermerons pas la bibliothèque", "Das Projekt ist zu teuer"], analysis.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Extract_GermanLowNinetyQuotes_ClosedByUpperQuote()
    {
        var analysis = Extract("Anke Vogel sagte: „Wir bleiben bei unserem Plan für den Hafen.“ Dann ging sie.");

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Wir bleiben bei unserem Plan für den Hafen.", quote.Text);
        Assert.Equal("Anke Vogel", quote.Speaker);
    }

    [Fact]
    public void Extract_QuoteContinuedInNextParagraph_OneQuotePerParagraphSegment()
    {
        var analysis = Extract(Article(
            "“The budget is balanced for the first time in a decade,” said Lena Brandt, the city treasurer. “We paid off the ferry loan early.",
            "“Next year we will invest in the harbor walls.”",
            "The council will vote on Monday."));

        Assert.Equal(
            ["The budget is balanced for the first time in a decade,", "We paid off the ferry loan early.", "Next year we will invest in the harbor walls."],
            analysis.Quotes.Select(q => q.Text));
        Assert.All(analysis.Quotes, q => Assert.Equal("Lena Brandt", q.Speaker));
    }

    [Fact]
    public void Extract_DigitsOnlyBetweenMarks_IsNoQuote()
    {
        var analysis = Extract("The post <tweet id=\"758857128652046336\"> was shared on \"2016-02-15\" by the harbor office.");

        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Extract_Quotes_ReturnedInDocumentOrder()
    {
        var analysis = Extract(Article(
            "“First of all, the ferry runs,” said Tomas Okafor.",
            "“Second, the port stays open all winter,” said Lena Brandt. “Third, nobody loses a job.”"));

        Assert.Equal(analysis.Quotes.OrderBy(q => q.Start).Select(q => q.Start), analysis.Quotes.Select(q => q.Start));
    }

    [Fact]
    public void Extract_HugeInput_AnalysedUpToTheCapWithValidOffsets()
    {
        var paragraph = "“The ferry runs all winter,” said Tomas Okafor. The council agreed after a long debate.\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 12_000));

        var analysis = Extract(text);

        Assert.NotEmpty(analysis.Quotes);
        Assert.All(analysis.Quotes, q => Assert.True(q.End <= NewsBot.Core.Quotes.RuleBasedQuoteExtractor.MaxAnalysedChars));
        Assert.All(analysis.Quotes, q => Assert.Equal(text.Substring(q.Start, q.End - q.Start), q.Text));
    }
}
