using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Who else a `he said` could point back to when its paragraph names the speaker without making them its subject.</summary>
public sealed class PronounRivalTests
{
    [Fact]
    public void Extract_HeAfterAppositionNameBehindPlaceOfUnknownGender_TheNamedMan()
    {
        var analysis = Extract(Article(
            "Traders at Tundavi Market closed their stalls on Monday over new daily levies.",
            "The ward member for Tundavi Central, Daniel Mbeyu, accused the county of skipping the consultation. "
            + "\"There was one meeting, on a weekday morning, when every trader was at work,\" he said."));

        Assert.Equal("Daniel Mbeyu", analysis.QuoteStarting("There was one meeting").Speaker);
    }

    [Fact]
    public void Extract_HeAfterTwoMenNamedAsObjects_Withheld()
    {
        var analysis = Extract(Article(
            "Members of the Brenford transport board approved the new bus depot on Tuesday.",
            "A report by Peter Lang was praised by the ward member for Tundavi Central, Daniel Mbeyu, at the meeting. "
            + "\"The figures in it have never been checked by anyone,\" he said."));

        Assert.Null(analysis.QuoteStarting("The figures in it").Speaker);
    }
}
