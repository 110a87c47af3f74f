using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `the Minister stated`, `the judge said in her order`, `the 21-year-old admitted`: a role or age with no name is the one
/// person the article gave it; two holders leave the quote to no one. Invented ministries, courts and people.
/// </summary>
public sealed class RoleBackReferenceTests
{
    [Fact]
    public void Extract_MinisterIntroducedWithLongTitle_GivesTheMinister()
    {
        var analysis = Extract(Article(
            "Cold store opened at Kestrel Mandi",
            "The Hon. Minister for Farming and Rural Welfare, Shri Arun Keshav Dalvi, opened a cold store at Kestrel Mandi on Monday.",
            "\"This store will let small growers wait for better prices,\" the Minister stated while addressing farmers.",
            "Asked about the delay at Tarapur, the Minister said the matter was in court. \"We will accept whatever the court decides,\" the Minister said."));

        Assert.Equal("Arun Keshav Dalvi", analysis.QuoteStarting("This store will").Speaker);
        Assert.Equal("Arun Keshav Dalvi", analysis.QuoteStarting("We will accept").Speaker);
    }

    [Fact]
    public void Extract_JudgeAfterJusticeTitle_GivesTheJustice()
    {
        var analysis = Extract(Article(
            "Bail for contractor in walkway case",
            "Justice Leela Varkey noted that the inquiry was complete.",
            "\"The petitioner has spent ninety days in custody and nothing is served by holding him longer,\" the judge said in her order.",
            "Prosecutor Tomas Brill had opposed the plea. \"The witnesses work for him,\" he told the court."));

        Assert.Equal("Leela Varkey", analysis.QuoteStarting("The petitioner has").Speaker);
    }

    [Fact]
    public void Extract_AgeWithAdmittedVerb_GivesThePersonOfThatAge()
    {
        var analysis = Extract(Article(
            "Driver admits crash on ring road",
            "Joel Harte, 23, of Mill Lane, appeared at Ravenmoor Crown Court on Friday.",
            "'I was in a hurry and I was not looking at the road,' the 23-year-old admitted when interviewed."));

        Assert.Equal("Joel Harte", analysis.QuoteStarting("I was in a hurry").Speaker);
    }

    [Fact]
    public void Extract_TwoPeopleGivenTheRole_GivesNoOne()
    {
        var analysis = Extract(Article(
            "Ministers clash over port plan",
            "Transport Minister Odile Frane and Trade Minister Bram Holt met union leaders on Monday.",
            "The talks ran late into the night.",
            "\"We will not sign anything until the costs are clear,\" the Minister said."));

        Assert.Null(analysis.QuoteStarting("We will not sign").Speaker);
    }
}
