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
}
