using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// English clause grammar that keeps a wrong name off a quote: opening subordinate clauses, a body's role in apposition,
/// pronoun chains, a reported sentence naming its source, and a new sentence telling someone something.
/// </summary>
public sealed class EnglishClauseSpeakerTests
{
    [Fact]
    public void Extract_NameInOpeningSubordinateClause_MainClauseSubjectSpeaks()
    {
        var analysis = Extract(Article(
            "When Orla Quist asked whether he would return, Tomas Rilke shook his head, saying, “I will not go back to the harbour board.”"));

        Assert.Equal("Tomas Rilke", analysis.QuoteStarting("I will not go back").Speaker);
    }

    [Fact]
    public void Extract_BodyAndRoleBeforeNameInApposition_ThePersonWithThatRole()
    {
        var analysis = Extract(Article(
            "Harbour Weekly expert, Lina Voss, argued for the northern route, saying, “The old pier will not survive another storm.”"));

        var quote = analysis.QuoteStarting("The old pier");
        Assert.Equal("Lina Voss", quote.Speaker);
        Assert.Equal("Harbour Weekly expert", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_SamePronounStandsBeforeTheNameInItsParagraph_NameNotTaken()
    {
        var analysis = Extract(Article(
            "Sara Lind has sailed the northern coast for thirty years.",
            "The skipper also said that she had written to a friend of the harbourmaster's sister, Agnes Moor, for advice. “I did not know whom else to ask,” she said."));

        Assert.NotEqual("Agnes Moor", analysis.QuoteStarting("I did not know").Speaker);
    }

    [Fact]
    public void Extract_PronounInParagraphAboutPersonOfOtherGender_NotTheWomanQuotedBefore()
    {
        var analysis = Extract(Article(
            "“Keep the tables low and the candles lower,” says Ingrid Brandt.",
            "For the dessert, Tomas Rilke says to choose fruit in season. “Figs and pears look best in autumn,” she explains."));

        Assert.Equal("Ingrid Brandt", analysis.QuoteStarting("Keep the tables").Speaker);
        Assert.Null(analysis.QuoteStarting("Figs and pears").Speaker);
    }

    [Fact]
    public void Extract_QuoteAfterSentenceEndingWithNamedSource_ThatSource()
    {
        var analysis = Extract(Article(
            "“The forecasts have improved,” said Tomas Rilke, a harbour pilot.",
            "Most boat owners still check the sky by hand, Rilke added. “Nobody on this quay trusts the app yet.”"));

        Assert.Equal("Tomas Rilke", analysis.QuoteStarting("Nobody on this quay").Speaker);
    }

    [Fact]
    public void Extract_QuoteEndsItsSentenceThenSomeoneToldSomebodyThat_NotTheTeller()
    {
        var analysis = Extract(Article(
            "Asked about the sale, Rilke declined, saying “I am not comfortable talking about that.” On Monday, Orla Quist told Harbour Radio that Rilke had refused."));

        Assert.NotEqual("Orla Quist", analysis.QuoteStarting("I am not comfortable").Speaker);
    }
    [Fact]
    public void Extract_QuoteEndsItsSentenceThenNameVerbColon_ColonIntroducesTheNextQuoteOnly()
    {
        var analysis = Extract(Article(
            "“It is a different craft,” Orla Quist said. “You have to leave yourself out of it.” Tomas Rilke agreed: “It is another job altogether.”"));

        Assert.Equal("Orla Quist", analysis.QuoteStarting("You have to leave").Speaker);
        Assert.Equal("Tomas Rilke", analysis.QuoteStarting("It is another job").Speaker);
    }

    [Fact]
    public void Extract_NameOfPossessiveBodyAfterVerb_ThePersonNotTheBody()
    {
        var analysis = Extract(Article(
            "“The ice shelf is thinner than we thought,” said glaciologist Maren Holt of Nordvik's Polar Research Institute in Tromsø."));

        Assert.Equal("Maren Holt", analysis.QuoteStarting("The ice shelf").Speaker);
    }
    [Fact]
    public void Extract_PronounWhoseOnlyFittingPersonIsNamedBeforeSomeoneElse_Unattributed()
    {
        var analysis = Extract(Article(
            "Ingrid Brandt ran the harbour café for a decade.",
            "The café's new owner, Cameron Forbes, posted on the town forum that the menu will change.",
            "The post said the kitchen would close in March.",
            "“We will reopen in the spring with a smaller menu,” she said."));

        Assert.Null(analysis.QuoteStarting("We will reopen").Speaker);
    }

    [Fact]
    public void Extract_SubjectEndsInJournalName_JournalIsNoSpeaker()
    {
        var analysis = Extract(Article(
            "The authors of the research published in the journal Harbour Medicine argued that the rules have brought “important benefits for crews and their families.”"));

        // The run-in phrase is a mention (RunInFragment); its speaker is still not the journal.
        Assert.Null(Assert.Single(analysis.Quotes.Concat(analysis.Mentions), q => q.Text.StartsWith("important benefits", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_NameRightBeforeVerbAfterPreposition_StillTheSubject()
    {
        var analysis = Extract(Article("At the harbour office Tomas Rilke said: “The old pier will not survive another storm.”"));

        Assert.Equal("Tomas Rilke", analysis.QuoteStarting("The old pier").Speaker);
    }

    [Fact]
    public void Extract_RelativeOfNamedPersonAfterOpeningConjunction_NotThatPerson()
    {
        var analysis = Extract(Article(
            "Tomas Milo Rilke was born in Brenford. Everyone called him Tom.",
            "But either way, at some point, Rilke’s late father told a neighbour that “the only way I know he is alive is his books in the shop window.”"));

        Assert.NotEqual("Tomas Milo Rilke", analysis.QuoteStarting("the only way").Speaker);
    }

    [Fact]
    public void Extract_ColonLeadAfterNameWithRelativeClause_NameSpeaksNotPlaceInClause()
    {
        var analysis = Extract(Article(
            "The song that closed the film",
            "Hanna Brook, who phoned in from the Oslo set of the series, had a similar experience: “It was just that immediate feeling of knowing this is the song.”"));

        Assert.Equal("Hanna Brook", analysis.QuoteStarting("It was just that").Speaker);
    }

    [Fact]
    public void Extract_QuoteAfterSentenceWithCoordinatedReportingVerb_SentenceSubjectSpeaks()
    {
        var analysis = Extract(Article(
            "Students return to quiet campuses",
            "Ada Reyes, the head of the union, spoke first. Reyes accepts that universities face very real risks, but says shutting campuses down is unsustainable. “This approach is based on the assumption that there will be a vaccine any day soon.”"));

        Assert.Equal("Ada Reyes", analysis.QuoteStarting("This approach is based").Speaker);
    }
}
