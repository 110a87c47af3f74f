using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `the Council's report said`: a document owned by a body the article never names speaks for no name it gives, so the
/// quote has no speaker; the body it did name (`the Institute’s release`) speaks through it. Invented bodies.
/// </summary>
public sealed class PossessedDocumentTests
{
    [Fact]
    public void Extract_DocumentOfABodyNeverNamed_NoSpeaker() =>
        Assert.Null(ContinentalAttributionKit.ExtractIn(
                "en", "The Eastfield Sailing Institute opened its courses on Monday.", "“Learning to sail opens doors to new friends and new coasts,” the Council's report said.")
            .SpeakerContaining("Learning to sail"));

    [Fact]
    public void Extract_DocumentOfTheBodyNamedBefore_SpeakerIsTheBody() =>
        Assert.Equal("Eastfield Sailing Institute", ContinentalAttributionKit.ExtractIn(
                "en", "The Eastfield Sailing Institute opened its courses on Monday.", "“Learning to sail opens doors to new friends and new coasts,” the Institute’s release added.")
            .SpeakerContaining("Learning to sail"));
}
