using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A lone surname that is also a small town, right after the quote (`“…,” Hale said.`). Invented text.</summary>
public sealed class TailSurnameTests
{
    [Fact]
    public void Extract_SmallTownSurnameRightAfterQuote_NamesThePerson()
    {
        var analysis = Extract(Article(
            "Voters in the county drifted to the mayor over the summer.",
            "“They took his slogan and handed it to the mayor,” Hale said."));

        Assert.Equal("Hale", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_MajorPlaceRightAfterQuote_SpeakerStillNull()
    {
        var quote = Assert.Single(Extract("“The tide took half the beach,” London said.").Quotes);

        Assert.Null(quote.Speaker);
    }
}
