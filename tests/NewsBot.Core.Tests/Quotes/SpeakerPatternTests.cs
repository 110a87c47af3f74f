using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The attribution patterns of issue 3, point 2, each on an invented article.</summary>
public sealed class SpeakerPatternTests
{
    [Fact]
    public void Extract_PronounTwoSentencesAfterName_ResolvedToThatPerson()
    {
        var analysis = Extract(Article(
            "Harbor director Tomas Okafor toured the new pier on Friday. The pier cost nine million crowns. Work began in May.",
            "He remarked, “The pier will pay for itself within ten years.”"));

        var quote = analysis.QuoteStarting("The pier will pay");
        Assert.Equal("Tomas Okafor", quote.Speaker);
        Assert.Equal("Harbor director", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_TwoPeopleInAlternation_EachQuoteToItsSpeaker()
    {
        var analysis = Extract(Article(
            "“The ferry must run every hour,” said Lena Brandt, the council treasurer.",
            "“Every hour is more than the island needs,” Jonas Eklund replied.",
            "“Then the island will keep waiting,” Brandt said.",
            "“We will see in spring,” Eklund said."));

        Assert.Equal(
            ["Lena Brandt", "Jonas Eklund", "Lena Brandt", "Jonas Eklund"],
            analysis.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Extract_QuoteSplitAroundAttribution_BothHalvesToSpeaker()
    {
        var analysis = Extract("“The harbor walls are old,” Ada Holm said, “and the next storm could break them.”");

        Assert.Equal(2, analysis.Quotes.Count);
        Assert.All(analysis.Quotes, q => Assert.Equal("Ada Holm", q.Speaker));
    }

    [Fact]
    public void Extract_HorizontalBarAttributionAfterQuote_NamesSpeaker()
    {
        var analysis = Extract("Readers wrote in after the vote. “The ferry is the only way to reach my mother on the island.” ― Mara Lindqvist");

        Assert.Equal("Mara Lindqvist", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_TranscriptLabels_NameEachTurn()
    {
        var analysis = Extract(Article(
            "Ada Holm, the harbor commissioner, spoke to presenter Rune Solberg. A partial transcript follows:",
            "\"SOLBERG: Will the ferry run in winter? The islanders want to know before the storms.",
            "\"HOLM: It will run every day, and twice on market days, whatever the weather.",
            "\"We have bought a second boat for exactly that reason.\""));

        Assert.Equal(["Rune Solberg", "Ada Holm", "Ada Holm"], analysis.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Extract_AccordingTo_AttributesToFullName()
    {
        var analysis = Extract(Article(
            "Port spokesperson Ingrid Sæther announced the new timetable.",
            "According to Sæther, “the first boat will leave at six in the morning from the north quay.”"));

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Ingrid Sæther", quote.Speaker);
        Assert.Equal("Port spokesperson", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_SaidStating_AttributesToSubject()
    {
        var quote = Assert.Single(Extract("Lena Brandt said the budget was final, stating, “No further money will go to the parking fund this year.”").Quotes);

        Assert.Equal("Lena Brandt", quote.Speaker);
    }

    [Fact]
    public void Extract_ParticipialFrame_AttributesToSubject()
    {
        var quote = Assert.Single(Extract("Jonas Eklund defended the plan on Monday, saying, “Nobody on the island should wait more than an hour.”").Quotes);

        Assert.Equal("Jonas Eklund", quote.Speaker);
    }

    [Fact]
    public void Extract_ColonIntroduction_AttributesToSubject()
    {
        var quote = Assert.Single(Extract("Ada Holm told the council: “The harbor needs a second crane before the autumn.”").Quotes);

        Assert.Equal("Ada Holm", quote.Speaker);
    }

    [Fact]
    public void Extract_OrganisationInStatement_OrganisationSpeaks()
    {
        var quote = Assert.Single(Extract(
            "“We learned about the timetable from the newspaper,” the Island Ferry Company said in a statement.").Quotes);

        Assert.Equal("Island Ferry Company", quote.Speaker);
    }

    [Fact]
    public void Extract_QuoteWithoutAnyAttribution_SpeakerNull()
    {
        var analysis = Extract(Article(
            "The harbor was quiet on Sunday.",
            "A sign on the gate read “Closed until the repairs are finished, by order of the port.”"));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_TvShowTitleNextToRealQuote_TitleIsMentionQuoteIsQuote()
    {
        var analysis = Extract(
            "Speaking on “Harbor Tonight,” Ada Holm said, “The second crane will arrive in August and will double what we can unload.”");

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Ada Holm", quote.Speaker);
        var title = Assert.Single(analysis.Mentions);
        Assert.Equal("Harbor Tonight,", title.Text);
        Assert.False(title.IsKey);
    }

    [Fact]
    public void Extract_NationalityBeforeNoun_NotTakenForPronounAntecedent()
    {
        var analysis = Extract(Article(
            "Port spokesperson Jonas Eklund met the delegation.",
            "Danish officials did not attend. He said later, “The talks will go on without them.”"));

        Assert.Equal("Jonas Eklund", Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Tomas Okafor said the new hall was his pride. “People told us it could not be done in one summer.”")]
    [InlineData("Tomas Okafor said the new hall was his pride.\n\n“People told us it could not be done in one summer.”")]
    public void Extract_QuoteAfterIndirectSpeech_ContinuesThatSpeaker(string text)
    {
        Assert.Equal("Tomas Okafor", Assert.Single(Extract(text).Quotes).Speaker);
    }

    [Fact]
    public void Extract_SharedAfterQuote_ReportingVerbOfHonorificName()
    {
        var analysis = Extract(Article(
            "Trade fair opens in Port Mallory",
            "Marcus Bellweather and Glen Tarrant, the zone authority's acting chief, opened the fair.",
            "“The alliance will be launched here on the Monday, and the seminar will follow on the Thursday,” shared Mr. Tarrant."));

        Assert.Equal("Glen Tarrant", analysis.QuoteStarting("The alliance will").Speaker);
    }
}
