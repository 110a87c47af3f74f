using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Each attribution's confidence, and the abstention below the extractor's threshold.</summary>
public sealed class AttributionConfidenceTests
{
    [Fact]
    public void Extract_FullNameRightAfterQuote_HighConfidence()
    {
        var quote = Assert.Single(Extract("“The ferry will run all winter,” said Maren Ostby, the harbour master.").Quotes);

        Assert.Equal("Maren Ostby", quote.Speaker);
        Assert.True(quote.SpeakerConfidence >= 0.9, $"confidence {quote.SpeakerConfidence}");
    }

    [Fact]
    public void Extract_PronounAmongSeveralPeople_LessSureThanNamedCue()
    {
        var analysis = Extract(Article(
            "Tomas Okafor and Piet Vandersloot argued about the pier, and Jonas Eklund listened.",
            "Later that week the council met. “We will rebuild the pier by spring,” he said.",
            "“The budget is settled,” said Ada Lindqvist."));

        var pronoun = analysis.QuoteStarting("We will rebuild");
        var named = analysis.QuoteStarting("The budget is settled");
        Assert.True(pronoun.SpeakerConfidence < named.SpeakerConfidence);
    }

    [Fact]
    public void Extract_ConfidenceBelowThreshold_SpeakerNullAndRoleDropped()
    {
        const string text = "“The ferry will run all winter,” said Maren Ostby, the harbour master.";
        var strict = new RuleBasedQuoteExtractor { MinSpeakerConfidence = 1.01 }.Extract(text);

        var quote = Assert.Single(strict.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerRole);
    }

    [Fact]
    public void Extract_ThresholdZero_KeepsEveryCandidate()
    {
        const string text = "“The ferry will run all winter,” said Maren Ostby.";

        var quote = Assert.Single(new RuleBasedQuoteExtractor { MinSpeakerConfidence = 0 }.Extract(text).Quotes);

        Assert.Equal("Maren Ostby", quote.Speaker);
        Assert.StartsWith("Cue/Tail/Name", quote.SpeakerEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_LaterParagraphOfQuoteALeadNamed_BelowThreshold()
    {
        var carried = new Attribution("Ada Holm", null, true)
        {
            Source = AttributionSource.CarriedQuote,
            Cue = CueKind.Lead,
            Kind = CandidateKind.Name,
            Resolution = NameResolution.Expanded,
        };

        Assert.True(AttributionConfidence.Of(carried, 1.0) < 0.7);
        Assert.True(AttributionConfidence.Of(carried with { Cue = CueKind.Tail }, 1.0) >= 0.9);
    }

    [Fact]
    public void Of_AccordingToCarriedIntoTheNextParagraph_FallsBelowTheThreshold()
    {
        var carried = new Attribution("Ada Holm", null, true)
        {
            Source = AttributionSource.NextParagraphTurn,
            Cue = CueKind.AccordingTo,
            Kind = CandidateKind.Description,
            Resolution = NameResolution.Referent,
        };

        Assert.True(AttributionConfidence.Of(carried, 1.0) < 0.7);
        Assert.True(AttributionConfidence.Of(carried with { Cue = CueKind.Tail }, 1.0) >= 0.7);
    }
}
