using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Read on PolNeAR train (invented text here): the tags that place a person after the name (party and state, age and
/// hometown, a relative clause, a participle aside) are no speakers; the state abbreviation and the party tag read like names.
/// </summary>
public sealed class IdentificationTagTests
{
    [Fact]
    public void Extract_AgeHometownAndRelativeClauseBeforeTailVerb_TheNameSpeaks()
    {
        var analysis = Extract(Article(
            "The council met on Tuesday to discuss the new ferry route.",
            "\"The roads around the harbour are a disgrace,\" Peter Vance, 42, of Eastfield, Ore., who was among those surveyed, said in a follow-up interview."));

        Assert.Equal("Peter Vance", analysis.QuoteStarting("The roads around").Speaker);
    }

    [Fact]
    public void Extract_PartyAndStateTagBeforeLeadVerb_TheNameSpeaks()
    {
        var analysis = Extract(Article(
            "The council met on Tuesday to discuss the new ferry route.",
            "Sen. Paul Rask, R-Ore., said in an op-ed piece before the hearing, \"The department failed to honor repeated requests for more ferries.\""));

        Assert.Equal("Paul Rask", analysis.QuoteStarting("The department failed").Speaker);
    }

    [Fact]
    public void Extract_ParenthesisedPartyTagAndParticipleAside_TheNameSpeaks()
    {
        var analysis = Extract(Article(
            "The council met on Tuesday to discuss the new ferry route.",
            "But Sen. Paul Rask (D-Ore.), noting the size of the crowd, said, \"Let me tell you, the harbour has a heck of a future if we fund it.\""));

        Assert.Equal("Paul Rask", analysis.QuoteStarting("Let me tell you").Speaker);
    }

    [Fact]
    public void Extract_PlaceBeforeNameInTwoSegments_StillTheName()
    {
        var analysis = Extract(Article(
            "The council met on Tuesday to discuss the new ferry route.",
            "In Eastfield, Paul Rask said, \"The harbour will stay open all winter long.\""));

        Assert.Equal("Paul Rask", analysis.QuoteStarting("The harbour will").Speaker);
    }
}
