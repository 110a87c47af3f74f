using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Left open by en15 (invented text): `said Ms Varga` when the article names two people called Varga is the one of the
/// honorific's gender, and no one when two of that gender fit.
/// </summary>
public sealed class HonorificSurnameTests
{
    [Fact]
    public void Extract_ManOfTheSurnameNamedLast_TheWomanSpeaks()
    {
        var analysis = Extract(Article(
            "Plans for a marina at Eastfield harbour have split the town.",
            "Councillor Anna Varga, who chairs the planning committee, backed the scheme at Monday's meeting.",
            "Fisherman Mark Varga, no relation, said the boat owners had not been consulted.",
            "\"The marina would bring visitors all year round,\" said Ms Varga."));

        Assert.Equal("Anna Varga", analysis.QuoteStarting("The marina would").Speaker);
    }

    [Fact]
    public void Extract_TwoWomenOfTheSurname_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Plans for a marina at Eastfield harbour have split the town.",
            "Councillor Anna Varga, who chairs the planning committee, backed the scheme at Monday's meeting.",
            "Teacher Clara Varga, no relation, said the parents had not been consulted.",
            "\"The marina would bring visitors all year round,\" said Ms Varga."));

        Assert.Null(analysis.QuoteStarting("The marina would").Speaker);
    }

    [Fact]
    public void Extract_SisterInApposition_TheSurnameStaysWithTheSubject()
    {
        var analysis = Extract(Article(
            "Plans for a marina at Eastfield harbour have split the town's fishing families.",
            "Anna Varga runs the harbour café with her sister Clara Varga, who also chairs the boat owners' association.",
            "\"The marina would bring visitors all year round, and the café needs them,\" said Ms Varga."));

        Assert.Equal("Anna Varga", analysis.QuoteStarting("The marina would").Speaker);
    }
}
