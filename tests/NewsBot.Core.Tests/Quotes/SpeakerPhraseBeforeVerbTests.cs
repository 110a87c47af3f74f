using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The subject right before a lead's verb, past an opening adverbial and beside an apposition. Invented bodies and people.</summary>
public sealed class SpeakerPhraseBeforeVerbTests
{
    [Fact]
    public void Extract_BodyNounAfterAnOpeningAdverbial_TheBodyNotTheAdverbialsNoun()
    {
        var analysis = Extract(Article(
            "Engineers from the Harwick Department of Roads reviewed the plans for the new bridge last month.",
            "In a written response to the inquiry, the agency said, \"The bridge will open to traffic in the spring of next year.\""));

        Assert.Equal("Harwick Department of Roads", analysis.QuoteStarting("The bridge will open").Speaker);
    }

    [Fact]
    public void Extract_NameThenAppositionBeforeTheVerb_TheName()
    {
        var analysis = Extract(Article(
            "The ferry at Brampton starts again on Tuesday after the flood.",
            "Tomas Berg, the harbour master, said, \"The river is calm again and the boat is ready.\""));

        Assert.Equal("Tomas Berg", analysis.QuoteStarting("The river is calm").Speaker);
    }

    [Fact]
    public void Extract_AgeBeforeNameThenRelativeClauseApposition_TheNameNotTheClausesObject()
    {
        var analysis = Extract(Article(
            "Residents of Harlow Cross vote on the bypass on Thursday.",
            "81-year-old Walter Dunmore, a retired welder who voted for Tom Ashe and Edith Carrow, said:",
            "\"There is only one answer, and it is no. The lorries will come through here whatever they build.\""));

        Assert.Equal("Walter Dunmore", analysis.QuoteStarting("There is only one answer").Speaker);
    }

    [Fact]
    public void Extract_DescriptionWhoseRelativeClauseEndsInAName_NotThatName()
    {
        var analysis = Extract(Article(
            "Residents of Harlow Cross vote on the bypass on Thursday.",
            "Lorry drivers, the men who voted for Tom Ashe and Edith Carrow, said:",
            "\"There is only one answer, and it is no. The lorries will come through here whatever they build.\""));

        Assert.DoesNotContain("Carrow", analysis.QuoteStarting("There is only one answer").Speaker ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NameThenWhoClauseEndingInAPlaceName_TheNameBeforeTheClause()
    {
        var analysis = Extract(Article(
            "Residents of Harlow Cross vote on the bypass on Thursday.",
            "Tom Ashe, who farms beside Brook Lane, said, \"The lorries will come through here whatever they build.\""));

        Assert.Equal("Tom Ashe", analysis.QuoteStarting("The lorries will come").Speaker);
    }

    [Fact]
    public void Extract_ResultClauseAfterAnIndirectQuestion_TheResultClausesSubject()
    {
        var analysis = Extract(Article(
            "Residents of Harlow Cross vote on the bypass on Thursday.",
            "The row between Ashe and Carrow grew so heated over who had paid for which road that Mayor Lena Pryce said, \"I need a translator for this council.\""));

        Assert.Equal("Lena Pryce", analysis.QuoteStarting("I need a translator").Speaker);
    }
}
