using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// Theory: a quote with no attribution of its own continues the last speaker's turn; a name after the quote starts a new
/// turn; `he`/`she` takes the one person of that gender in reach, and nobody when two people of that gender are equally near.
/// Invented outlets and people.
/// </summary>
public sealed class EnglishTurnTakingTests
{
    private static readonly QuoteAnalysis Debate = ContinentalAttributionKit.ExtractIn(
        "en",
        "The two candidates for mayor, Ellen Whitcombe and Robert Castell, met for a debate at the town hall on Thursday.",
        "“We will reopen the harbour within a year,” Whitcombe said.",
        "“The ferry will follow as soon as the quay is safe again.”",
        "“The ferry company left town two years ago and will not come back,” Castell said.",
        "“Nobody has even asked them what it would take.”",
        "Whitcombe shook her head at that. “I have asked them three times this month,” she said.",
        "“Then show us the letters you wrote to them,” he replied.");

    private static readonly QuoteAnalysis NewPersonBetween = ContinentalAttributionKit.ExtractIn(
        "en",
        "“The quay needs a new sea wall before anything else,” said the harbour master, Jane Roe.",
        "The council's engineer, Peter Lang, put the cost of the wall at two million pounds on Monday.",
        "“We cannot wait for another storm to find out,” she said.",
        "“And the ferry needs a new owner who will invest in it.”",
        "“The owner is ready to sell if the price is right,” said Lang, who has met the company twice.");

    private static readonly QuoteAnalysis TwoMen = ContinentalAttributionKit.ExtractIn(
        "en",
        "Mayor Tom Briggs and the fisheries minister, Daniel Ashcombe, toured the damaged quay together on Monday.",
        "“We have lost two boats and most of the nets,” he said.");

    private static readonly QuoteAnalysis TwoWomenThenOne = ContinentalAttributionKit.ExtractIn(
        "en",
        "The harbour master, Jane Roe, and the council leader, Harriet Doe, disagreed about the quay on Monday.",
        "“The wall will not survive another storm like this one,” she said.",
        "Roe later walked along the quay with a group of fishermen.",
        "“Every one of these boats belongs to a family in town,” she said.");

    [Theory]
    [InlineData("We will reopen the harbour within a year", "Ellen Whitcombe")]
    [InlineData("The ferry will follow as soon as", "Ellen Whitcombe")]
    [InlineData("The ferry company left town", "Robert Castell")]
    [InlineData("Nobody has even asked them", "Robert Castell")]
    [InlineData("I have asked them three times", "Ellen Whitcombe")]
    public void Extract_TwoCandidatesAlternating_EachTurnKeepsItsSpeaker(string fragment, string expected) =>
        Assert.Equal(expected, Debate.SpeakerContaining(fragment));

    /// <summary>The paragraph before calls Whitcombe `her`: the text agrees with the lexicon, so `he` is not her.</summary>
    [Fact]
    public void Extract_HeAfterAParagraphAboutHer_NotHer() =>
        Assert.NotEqual("Ellen Whitcombe", Debate.SpeakerContaining("Then show us the letters"));

    [Theory]
    [InlineData("The quay needs a new sea wall", "Jane Roe")]
    [InlineData("We cannot wait for another storm", "Jane Roe")]
    [InlineData("And the ferry needs a new owner", "Jane Roe")]
    [InlineData("The owner is ready to sell", "Peter Lang")]
    public void Extract_ManIntroducedBetweenAWomansQuotes_EachNamedTurnKeepsItsSpeaker(string fragment, string expected) =>
        Assert.Equal(expected, NewPersonBetween.SpeakerContaining(fragment));

    [Fact]
    public void Extract_HeAfterTwoMenNamedInOneParagraph_NoSpeaker() =>
        Assert.Null(TwoMen.SpeakerContaining("We have lost two boats"));

    [Theory]
    [InlineData("The wall will not survive another storm", null)]
    [InlineData("Every one of these boats belongs", "Jane Roe")]
    public void Extract_SheAfterTwoWomen_NobodyUntilOneIsNamedAlone(string fragment, string? expected) =>
        Assert.Equal(expected, TwoWomenThenOne.SpeakerContaining(fragment));
}
