using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `he said` with no fitting person in its own paragraph takes the latest one named, unless someone else fits as well:
/// then the quote keeps no speaker rather than a wrong one. Invented people and places.
/// </summary>
public sealed class DistantAntecedentDoubtTests
{
    [Fact]
    public void Extract_ReportingSubjectNearerThanTheLastPerson_NotTheDistantPerson()
    {
        var analysis = Extract(Article(
            "Dennis Marlow, 58, of Mill Lane, Harnley, admitted six counts of fraud.",
            "Sentencing, Judge Anna Kerr said Marlow had put profit before his neighbours.",
            "She also banned him from running a business for eight years.",
            "Outside court, Detective Sergeant Colin Vetch of Harnley Police said the sentence sent a clear message.",
            "\"The victims were brave to come forward and we thank them,\" he said."));

        Assert.NotEqual("Dennis Marlow", analysis.QuoteStarting("The victims were brave").Speaker);
    }

    [Fact]
    public void Extract_SamePronounBeforeTheName_NotThatName()
    {
        var analysis = Extract(Article(
            "Edda Sorensen founded the Velby choir in 1961 and led it for half a century.",
            "In 1970 she met Harwick, then a young organist, and the two toured the northern chapels for a decade.",
            "\"We sang in barns, in mines, once in a lighthouse,\" she said."));

        Assert.NotEqual("Harwick", analysis.QuoteStarting("We sang in barns").Speaker);
    }

    [Fact]
    public void Extract_SoleManNamedInThePreviousParagraph_Him()
    {
        var analysis = Extract(Article(
            "The ferry to Ostby was cancelled for the third day running.",
            "Tobias Lund, the skipper, has not left the harbour since Tuesday.",
            "\"The swell is too big for a boat this size,\" he said."));

        Assert.Equal("Tobias Lund", analysis.QuoteStarting("The swell is too big").Speaker);
    }
}
