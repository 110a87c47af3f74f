using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A block quote alone in its paragraph, signed on the next line by a full name with no verb or dash (a pull quote's
/// attribution on a web page), is that person's; a heading after a quote names no one. Invented people and outlets.
/// </summary>
public sealed class SignatureLineTests
{
    [Theory]
    [InlineData("Hilda Marsh", "Hilda Marsh")]
    [InlineData("Hilda Marsh Northfield Library Director", "Hilda Marsh")]
    [InlineData("Hilda J. Marsh Director of the Northfield Library", "Hilda J. Marsh")]
    public void Extract_BlockQuoteSignedByANameLine_ThatPerson(string signature, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "“The Northfield Library wants every reader to find the books that excite them and make them want to talk.”",
            signature,
            "Our editors tested six book clubs over a year.");

        Assert.Equal(expected, analysis.SpeakerContaining("every reader to find the books"));
    }

    [Fact]
    public void Extract_BlockQuoteFollowedByAHeading_NoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "“The Northfield Library wants every reader to find the books that excite them and make them want to talk.”",
            "Best Overall",
            "Our editors tested six book clubs over a year.");

        Assert.Null(analysis.SpeakerContaining("every reader to find the books"));
    }
}
