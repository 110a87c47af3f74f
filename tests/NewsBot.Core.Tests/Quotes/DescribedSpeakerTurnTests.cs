using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`The University of X expert continued, “…”`: a definite description of the person just quoted, not a new source.</summary>
public sealed class DescribedSpeakerTurnTests
{
    [Fact]
    public void Extract_BodyExpertContinuesAfterNamedProfessor_PreviousSpeaker()
    {
        var analysis = Extract(Article(
            "Doctors argued over the new diet advice on Tuesday.",
            "Professor of nutrition Ada Lindqvist, for instance, told the Morning Hour show, “Skipping meals is the wrong way forward.” "
            + "The University of Brenford expert continued, “All the evidence says it makes people tired and anxious.”"));

        Assert.Equal("Ada Lindqvist", analysis.QuoteStarting("All the evidence says").Speaker);
    }

    [Fact]
    public void Extract_SpokesmanAfterNamedMinister_NotTheMinister()
    {
        var analysis = Extract(Article(
            "The port reopened on Monday.",
            "“The ships will sail again this week,” Minister Ivo Brandt said. The spokesman added, “Every crew has been paid in full.”"));

        Assert.NotEqual("Ivo Brandt", analysis.QuoteStarting("Every crew has been").Speaker);
    }

    [Fact]
    public void Extract_PartyNomineeAfterOtherCandidate_NotThePreviousSpeaker()
    {
        var analysis = Extract(Article(
            "The debate turned to taxes.",
            "“Taxes will go down for every family,” Ada Holm said. The Liberal nominee replied, “Nobody believes that any more.”"));

        Assert.NotEqual("Ada Holm", analysis.QuoteStarting("Nobody believes that").Speaker);
    }
}
