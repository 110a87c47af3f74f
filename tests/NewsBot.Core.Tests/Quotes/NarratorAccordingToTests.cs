using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A sentence after a quote that sources the writer's own claim (`…, according to Harbour Health.`) leaves the quote with
/// the speaker who has the floor; a columnist's `penned` is a reporting verb. Invented outlets and people.
/// </summary>
public sealed class NarratorAccordingToTests
{
    [Fact]
    public void Extract_AccordingToInTheNextSentence_QuoteStaysWithTheSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "Sea air can protect the lungs in several ways, said the physician Greta Lindqvist.",
            "“Salt in the air helps to keep the airways clear,” she continued. “Cold water also makes the heart work a little harder.” "
            + "And a stronger heart means a longer life for most swimmers, according to Harbour Health.");

        Assert.Equal("Greta Lindqvist", analysis.SpeakerContaining("Cold water also makes"));
    }

    [Fact]
    public void Extract_AccordingToRightAfterTheQuote_StillTheSource()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "The ferry will not run again before March, the council says.",
            "“The quay cannot take the weight of a loaded ferry this winter,” according to Harbour Health.");

        Assert.Contains("Harbour Health", analysis.SpeakerContaining("The quay cannot take"));
    }

    [Fact]
    public void Extract_Penned_ReportingVerb()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "Few swimmers know the risks, as noted by health writer Greta Lindqvist.",
            "“Many people believe that cold water is good for the heart, but the evidence is mixed,” she penned in an article in Harbour Health.");

        Assert.Equal("Greta Lindqvist", analysis.SpeakerContaining("Many people believe"));
    }
}
