using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `the Institute's release added`: a document owned by a body named only by its head noun speaks for no name the article
/// gives, so the quote has no speaker. Invented bodies.
/// </summary>
public sealed class PossessedDocumentTests
{
    [Theory]
    [InlineData("“Learning to sail opens doors to new friends and new coasts,” the Institute’s release added.")]
    [InlineData("“Learning to sail opens doors to new friends and new coasts,” the Council's report said.")]
    public void Extract_DocumentOfABodyNamedByItsNoun_NoSpeaker(string quote) =>
        Assert.Null(ContinentalAttributionKit.ExtractIn("en", "The Eastfield Sailing Institute opened its courses on Monday.", quote)
            .SpeakerContaining("Learning to sail"));
}
