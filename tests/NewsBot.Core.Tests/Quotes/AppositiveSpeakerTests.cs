using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Names and descriptions set side by side with commas, as newsrooms write them around a quote.</summary>
public sealed class AppositiveSpeakerTests
{
    [Fact]
    public void Extract_AccordingToDescriptionThenName_NameWithDescriptionAsRole()
    {
        var analysis = Extract(Article(
            "The ferry was late for the third day in a row.",
            "According to the harbour master, Lars Eriksen, “The tide is late again and the pilots will not sail.”"));

        var quote = analysis.QuoteStarting("The tide is late");
        Assert.Equal("Lars Eriksen", quote.Speaker);
        Assert.Equal("harbour master", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_NameThenRoleOfNamedBody_PersonNotTheBody()
    {
        var analysis = Extract(Article(
            "The regatta lost its sponsor on Monday.",
            "“We want more boats on the water,” Pia Lund, the chair of the Northfield Rowing Club, told reporters."));

        var quote = analysis.QuoteStarting("We want more boats");
        Assert.Equal("Pia Lund", quote.Speaker);
        Assert.Equal("chair of the Northfield Rowing Club", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_NameThenTwoAppositionsEndingInBody_PersonNotTheBody()
    {
        var analysis = Extract(Article(
            "The harbour levy goes to court on Tuesday.",
            "“The levy breaks the harbour’s own rules,” Mara Lindqvist, the attorney general of Eastmark, one of the provinces suing the Harbour Authority, said on Monday."));

        var quote = analysis.QuoteStarting("The levy breaks");
        Assert.Equal("Mara Lindqvist", quote.Speaker);
        Assert.Equal("attorney general of Eastmark", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_CompanyNamedAfterPlace_CompanySpeaks()
    {
        var analysis = Extract(Article(
            "The coal spin-off was founded by the mining group Leeds Energy in 2009.",
            "In a statement, Leeds Energy said: “The spin-off was a success when it was listed a decade ago.”"));

        Assert.Equal("Leeds Energy", analysis.QuoteStarting("The spin-off was a success").Speaker);
    }

    [Fact]
    public void Extract_RoleWordsNameThenRoleAtNamedBodyBeforeColon_PersonNotTheBody()
    {
        var analysis = Extract(Article(
            "Rates of the disorder rose in the coastal states, a study found.",
            "Senior author Dr. Ilse Vranken, associate professor of epidemiology at Northfield University School of Public Health, commented: "
            + "“The disorder in adolescence is tied to long-term harm for the young people it touches.”"));

        Assert.Equal("Ilse Vranken", analysis.QuoteStarting("The disorder in adolescence").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterNameWithRoleAtBody_PersonNotTheBody()
    {
        var analysis = Extract(Article(
            "Talks between the two harbours broke down on Friday.",
            "Tomas Ruiz, a trade professor at Cornell, said the mayor's temper had hurt the talks. "
            + "“By setting goals that high, the council lost all of its leverage,” he said."));

        Assert.Equal("Tomas Ruiz", analysis.QuoteStarting("By setting goals").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterOpeningPhraseThenNamedObjectAndSaid_PronounNotTheObject()
    {
        var analysis = Extract(Article(
            "A man from Harbourton admitted on Monday that he threatened a councillor.",
            "Owen Pratt was arrested in April for the call to the offices of Ilse Moreau.",
            "During the call, he asked about the harbour fund, called Moreau a “thief” and said, “somebody ought to throw her off the pier,” the prosecutor’s office said."));

        Assert.NotEqual("Ilse Moreau", analysis.QuoteStarting("somebody ought to").Speaker);
    }

    [Fact]
    public void Extract_NamedBodyAsSubject_BodyStillSpeaks()
    {
        var analysis = Extract(Article(
            "The regatta lost its sponsor on Monday.",
            "“We want more boats on the water,” the Northfield Rowing Club said."));

        Assert.Equal("Northfield Rowing Club", analysis.QuoteStarting("We want more boats").Speaker);
    }

    [Fact]
    public void Extract_NameThenRoleEndingInPlace_PersonNotThePlace()
    {
        var analysis = Extract(Article(
            "The regatta lost its sponsor on Monday.",
            "“Nobody wants to row in the rain,” Tove Berg, the Harbour Party delegate from Eastport, told the Northfield Courier."));

        var quote = analysis.QuoteStarting("Nobody wants to row");
        Assert.Equal("Tove Berg", quote.Speaker);
        Assert.Equal("Harbour Party delegate from Eastport", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_FootageOfNameSaying_NameNotTheSentenceSubject()
    {
        var analysis = Extract(Article(
            "The harbour board released its first campaign advert on Monday.",
            "The spot concludes with footage of Olsen saying during the debate last week, “That makes me smart,” as the crowd laughed."));

        Assert.Equal("Olsen", analysis.QuoteStarting("That makes me smart").Speaker);
    }

    [Fact]
    public void Extract_VerbFormAfterArticle_ReadAsNounNotCue()
    {
        var analysis = Extract(Article(
            "The harbour board met on Monday.",
            "\"The islanders do not agree with Olsen,\" Holm said, suggesting a few questions, including, \"Mr. Olsen, do you really think the ferry needs a tax break?\""));

        Assert.Equal("Holm", analysis.QuoteStarting("Mr. Olsen, do you").Speaker);
    }

    [Fact]
    public void Extract_HeadlineNameOnTopicColon_NameBeforeOn()
    {
        var analysis = Extract(Article(
            "Holm on Olsen Releasing His Harbour Board Minutes: ‘I Think He Will.’",
            "Council member Ada Holm said on Friday that the mayor would publish the minutes."));

        Assert.Equal("Ada Holm", analysis.QuoteStarting("I Think He Will").Speaker);
    }

    [Fact]
    public void Extract_NicknameInQuotesAfterDelegateTitle_SpeakerIsTheDelegate()
    {
        var analysis = Extract(Article(
            "The harbour festival opened on Saturday.",
            "\"This is a big year for our harbour!\" Holm's niece, state Del. Mira \"Mimi\" Tan (D-Eastport), shouted to the crowd."));

        var speaker = analysis.QuoteStarting("This is a big year").Speaker;
        Assert.NotNull(speaker);
        Assert.EndsWith("Tan", speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NameAttackedQuotedPhrase_NameIsSpeaker()
    {
        var analysis = Extract(Article(
            "The harbour board race grew bitter this week.",
            "In an August speech, Olsen attacked “the closed doors and quiet deals of the harbour board.”"));

        Assert.Equal("Olsen", analysis.QuoteStarting("the closed doors").Speaker);
    }

    /// <summary>Apposition grammar: an age and a role from a place, a common-noun possessor, a place-based named possessor, a capitalised title at a body.</summary>
    [Theory]
    [InlineData("Jane Roe, 42, a lecturer from Leeds, said: “The barrier should have been finished two years ago and nobody has explained why.”",
        "Jane Roe", "lecturer from Leeds")]
    [InlineData("The city's transport director, Owen Baptiste, disagreed. “The barrier should have been finished with the money set aside,” Baptiste said.",
        "Owen Baptiste", "transport director")]
    [InlineData("Northfield-based Acme's chief economist Ann Lee said the delay would cost millions. “The barrier should have been finished by now,” Lee said.",
        "Ann Lee", "Acme's chief economist")]
    [InlineData("“The barrier should have been finished before the storms,” Ada Holm, Chief Operating Officer at Marrow Ferries, said.",
        "Ada Holm", "chief operating officer at Marrow Ferries")]
    public void Extract_AppositionAroundName_PersonWithRoleNeverThePlace(string paragraph, string speaker, string role)
    {
        var analysis = Extract(Article("The flood barrier at Marrow Quay is late again.", paragraph));

        var quote = analysis.QuoteStarting("The barrier should");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
    }
}
