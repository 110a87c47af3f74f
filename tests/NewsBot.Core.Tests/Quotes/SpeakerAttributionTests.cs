using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Each cue pattern that ties a quote to its speaker. People and places are invented.</summary>
public sealed class SpeakerAttributionTests
{
    [Theory]
    [InlineData("“The ferry schedule is final,” Tomas Okafor said.")]
    [InlineData("“The ferry schedule is final,” said Tomas Okafor.")]
    [InlineData("“The ferry schedule is final,” Tomas Okafor told reporters on Monday.")]
    [InlineData("“The ferry schedule is final,” Tomas Okafor later insisted.")]
    [InlineData("Tomas Okafor said: “The ferry schedule is final.”")]
    [InlineData("Tomas Okafor said, “The ferry schedule is final.”")]
    [InlineData("Tomas Okafor told reporters that “the ferry schedule is final.”")]
    [InlineData("According to Tomas Okafor, “the ferry schedule is final.”")]
    [InlineData("“The ferry schedule is final,” according to Tomas Okafor.")]
    [InlineData("Tomas Okafor rejected the petition, saying, “The ferry schedule is final.”")]
    [InlineData("On Monday, Tomas Okafor warned: “The ferry schedule is final.”")]
    public void Extract_ReportingCue_AttributesTheQuote(string sentence)
    {
        var quote = Assert.Single(Extract(sentence).Quotes);

        Assert.Equal("Tomas Okafor", quote.Speaker);
    }

    [Theory]
    [InlineData("asserted")]
    [InlineData("remarked")]
    [InlineData("stated")]
    [InlineData("wrote")]
    [InlineData("explained")]
    [InlineData("noted")]
    [InlineData("argued")]
    [InlineData("replied")]
    [InlineData("continued")]
    [InlineData("claimed")]
    [InlineData("says")]
    [InlineData("adds")]
    [InlineData("has warned")]
    [InlineData("admitted")]
    [InlineData("quipped")]
    [InlineData("went on")]
    [InlineData("shot back")]
    [InlineData("inquired")]
    public void Extract_ReportingVerbLexicon_CoversTensesAndVerbs(string verb)
    {
        var quote = Assert.Single(Extract($"“The harbor walls will hold,” Lena Brandt {verb}.").Quotes);

        Assert.Equal("Lena Brandt", quote.Speaker);
    }

    [Theory]
    [InlineData("Lena Brandt took the microphone: “The harbor belongs to everyone who works in it.”", "Lena Brandt")]
    [InlineData("The delay does not surprise harbor economist Jonas Eklund: “Every port project here ran two years late.”", "Jonas Eklund")]
    [InlineData("Hours later, Ingrid Solberg answered the critics, telling the Riverside Ledger, “The money is there.”", "Ingrid Solberg")]
    [InlineData("Ingrid Solberg issued a statement, “The money is there and the council will sign.”", "Ingrid Solberg")]
    [InlineData("Asked about the delay, Ingrid Solberg said, “The money is there.”", "Ingrid Solberg")]
    [InlineData("Ingrid Solberg said the delay was caused by harbor director Tomas Okafor and said, “The money is there.”", "Ingrid Solberg")]
    [InlineData("The crowd booed, with Tomas Okafor reportedly shouting: “The money is there!”", "Tomas Okafor")]
    public void Extract_SubjectOfIntroducingSentence_IsSpeaker(string sentence, string speaker)
    {
        var quote = Assert.Single(Extract(sentence).Quotes);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_ParticipleAfterSecondQuote_SameSpeaker()
    {
        var analysis = Extract("“The money is there,” Ingrid Solberg said, adding: “We only need the council to sign.”");

        Assert.All(analysis.Quotes, q => Assert.Equal("Ingrid Solberg", q.Speaker));
        Assert.Equal(2, analysis.Quotes.Count);
    }

    [Fact]
    public void Extract_AttributionLine_NamesSpeakerAndRole()
    {
        var analysis = Extract(Article(
            "“This is a disgrace for the whole harbor district.”",
            "— Lena Brandt, chair of the Residents’ Union"));

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Lena Brandt", quote.Speaker);
        Assert.Equal("chair of the Residents’ Union", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_TurnContinuesAcrossSentencesAndParagraphs_SameSpeaker()
    {
        var analysis = Extract(Article(
            "“We tested every cable,” said Jonas Eklund. “Twice.”",
            "“The bridge is safe for heavy trucks again.”",
            "Eklund left before the vote."));

        Assert.All(analysis.Quotes, q => Assert.Equal("Jonas Eklund", q.Speaker));
        Assert.Equal(3, analysis.Quotes.Count);
    }

    [Fact]
    public void Extract_QuoteAfterIntroducingParagraph_AttributedToItsSource()
    {
        var analysis = Extract(Article(
            "The Riverside Ledger reported on Sunday:",
            "“The harbor authority spent twice its budget on consultants last year.”"));

        Assert.Equal("Riverside Ledger", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_NoCue_SpeakerIsNull()
    {
        var analysis = Extract(Article(
            "The harbor was quiet on Sunday.",
            "Posters reading “Save the ferry for our children” hung from every lamp post in the old town."));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_UnnamedSource_SpeakerNullRoleKept()
    {
        var quote = Assert.Single(Extract("“Someone has to pay for the new terminal,” a senior official said.").Quotes);

        Assert.Null(quote.Speaker);
        Assert.Equal("senior official", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_AnotherPersonOpensSentenceBetweenQuotes_TurnNotCarriedToFirstSpeaker()
    {
        var analysis = Extract(Article(
            "The island council met on Monday.",
            "“The ferry must run every hour,” said Lena Brandt, the council treasurer. Jonas Eklund, the island's mayor, disagreed. “Every hour is more than the island needs.”"));

        Assert.NotEqual("Lena Brandt", analysis.QuoteStarting("Every hour is more").Speaker);
    }

    [Fact]
    public void Extract_NextParagraphTurnsToAnotherPerson_TurnNotCarriedAcrossTheBreak()
    {
        var analysis = Extract(Article(
            "“The ferry must run every hour,” said Lena Brandt, the council treasurer.",
            "“Every hour is more than the island needs and more than we can pay for.” Jonas Eklund, the island mayor, has opposed the plan since March."));

        Assert.NotEqual("Lena Brandt", analysis.QuoteStarting("Every hour is more").Speaker);
    }

    [Theory]
    [InlineData("Oskar Lindgren, who runs the smallest ferry on the coast, was in Halvik on Monday to meet the council.", false)]
    [InlineData(null, true)]
    public void Extract_UncuedQuoteInNextParagraphs_TurnCarriedOnlyWhileNoOtherPersonIntervenes(string? between, bool carried)
    {
        var paragraphs = new[]
        {
            "Berth fees rise in Halvik",
            "“We will raise the berth fees by ten percent next spring,” said Ada Lindqvist, the harbour master.",
            between,
            "“Nobody has paid a fair price for the berths in twenty years.”",
        };

        var speaker = Extract(Article([.. paragraphs.OfType<string>()])).QuoteStarting("Nobody has paid").Speaker;

        Assert.Equal(carried, speaker == "Ada Lindqvist");
    }
}
