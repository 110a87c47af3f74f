using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>How far back a pronoun looks: its own paragraph first, then the one before, never the whole article.</summary>
public sealed class PronounWindowTests
{
    [Fact]
    public void Extract_PronounAfterPersonNamedInItsOwnParagraph_ThatPersonNotThePreviousSpeaker()
    {
        var analysis = Extract(Article(
            "Mira Hajek waited three days for a bus to the coast.",
            "Ingrid Brandt, the nurse at Lindholm Hospital, explained that the ward was full. “We have no beds left,” she said.",
            "In Hajek’s case, she decided to stay near the ward. “I am worried about the baby,” she continued."));

        Assert.Equal("Mira Hajek", analysis.QuoteStarting("I am worried").Speaker);
        Assert.Equal("Ingrid Brandt", analysis.QuoteStarting("We have no beds").Speaker);
    }

    [Fact]
    public void Extract_ContractedPronounOfOtherGenderAfterSpeakersTurn_TurnNotCarriedOver()
    {
        var analysis = Extract(Article(
            "Anton Kessler wrote eleven novels before he turned forty.",
            "The novelist Greta Lindqvist explained his passages to me. “You only ever see the tip of the iceberg in every book,” she said. "
            + "When his editors would ask him to explain himself, he’d respond, “I have a horror of being obvious.”"));

        Assert.Equal("Greta Lindqvist", analysis.QuoteStarting("You only ever see").Speaker);
        Assert.NotEqual("Greta Lindqvist", analysis.QuoteStarting("I have a horror").Speaker);
    }

    [Fact]
    public void Extract_TheyLongAfterTheLastBodyNamed_Unattributed()
    {
        var analysis = Extract(Article(
            "Brenford General Hospital opened a new ward on Monday.",
            "The town's cafés are also closing for the winter, one after another.",
            "The bakery on the quay has cut its hours to mornings only.",
            "The harbour kiosk shut its shutters on Friday.",
            "They said: “The kiosk will be closed from tomorrow until the spring.”"));

        Assert.Null(analysis.QuoteStarting("The kiosk will be closed").Speaker);
    }

    [Fact]
    public void Extract_TheyRightAfterTheBodyNamed_TheBody()
    {
        var analysis = Extract(Article(
            "The ferry timetable changes next week.",
            "Northfield Ferry Company cut two evening sailings. They said: “Fuel costs leave us no choice this winter.”"));

        Assert.Equal("Northfield Ferry Company", analysis.QuoteStarting("Fuel costs").Speaker);
    }

    [Fact]
    public void Extract_HeAfterNameFollowingOpeningPhraseAndPossessiveObject_OpeningPhraseSubject()
    {
        var analysis = Extract(Article(
            "The band closed its tour in Brenford on Monday.",
            "Following a performance of their song “Harbour Lights,” Tomas Lind teed up Erik Vale’s cameo. “You may remember him from his own band these days,” he said."));

        Assert.Equal("Tomas Lind", analysis.QuoteStarting("You may remember him").Speaker);
    }
}
