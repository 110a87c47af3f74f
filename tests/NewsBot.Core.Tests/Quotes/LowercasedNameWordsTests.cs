using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A topic label that repeats a title-case heading in lower case names no one.</summary>
public sealed class LowercasedNameWordsTests
{
    [Fact]
    public void Extract_LabelRepeatingHeadingInLowerCase_NoSpeakerFromTheHeading()
    {
        var analysis = Extract(Article(
            "What the port economists expect next year",
            "All Eyes on Harbour Fees",
            "Mirela Danescu, Varnby Port Authority senior economist",
            "“For two years the shipping lines have paid the highest fees this harbour has ever charged, and many moved their cargo south.”",
            "Harbour fees as the main brake: “A cut of one point in the fee would bring back about forty ships a month, most of them small coasters.”"));

        Assert.Null(analysis.QuoteStarting("A cut of one point").Speaker);
    }

    [Fact]
    public void Extract_GivenNameFollowedByCapitalizedSurname_StillExpandsToFullName()
    {
        var analysis = Extract(Article(
            "Ferry talks stall again",
            "Greta Sandvik, who chairs the Varnby ferry board, met the unions on Monday.",
            "Greta Sandvik said: “We are further apart than we were in the spring, and I see no deal before the winter timetable.”"));

        Assert.Equal("Greta Sandvik", analysis.QuoteStarting("We are further apart").Speaker);
    }
}
