using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A bare spokesperson (`the spokesperson said`) whom the article never names speaks for the body named last in the
/// paragraph or the one before, not for the outlet a statement was sent to; a named one is that person. Invented bodies,
/// outlets and people.
/// </summary>
public sealed class UnnamedBodySpokespersonTests
{
    [Fact]
    public void Extract_BareSpokespersonAfterTheBodyDeclined_TheBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "Doctors offered to run a free vaccine clinic at the Eastfield holding centre.",
            "Harbour Border Agency did not accept the offer. A spokesperson who did not wish to be named said the agency had never run such clinics.",
            "“Holding people here is short term, so a vaccine programme is not feasible,” the spokesperson said.");

        Assert.Equal("Harbour Border Agency", analysis.SpeakerContaining("vaccine programme"));
    }

    [Fact]
    public void Extract_BareSpokespersonAfterAStatementToAnOutlet_NotTheOutlet()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "Doctors offered to run a free vaccine clinic at the Eastfield holding centre.",
            "The offer was not accepted. A spokesperson said in a statement emailed to Lantern News that clinics had never been run there.",
            "“Holding people here is short term, so a vaccine programme is not feasible,” the spokesperson said.");

        Assert.NotEqual("Lantern News", analysis.SpeakerContaining("vaccine programme"));
    }

    [Fact]
    public void Extract_BareSpokespersonTheArticleNamed_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "Harbour Border Agency did not accept the offer, agency spokesman Tom Reed said on Monday.",
            "“Holding people here is short term, so a vaccine programme is not feasible,” the spokesman said.");

        Assert.Equal("Tom Reed", analysis.SpeakerContaining("vaccine programme"));
    }
}
