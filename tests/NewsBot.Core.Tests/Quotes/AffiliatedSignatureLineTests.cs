using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A block quote alone in its paragraph, signed on the next line by a name, a comma and an office (a report's key-quote box),
/// is that person's, with or without the occasion in brackets; a sentence after the quote signs nothing. Invented people.
/// </summary>
public sealed class AffiliatedSignatureLineTests
{
    private const string Quote = "“We are finding practical ways to put the new planning tools to work for every shop floor we run.”";

    [Theory]
    [InlineData("Hilda Marsh, CEO of Northfield Foods", "Hilda Marsh")]
    [InlineData("Hilda Marsh, CEO of Northfield Foods (on the company’s spring results call)", "Hilda Marsh")]
    [InlineData("Toval Brennick, Chief Executive of Ardley Wind Systems (at the annual meeting)", "Toval Brennick")]
    public void Extract_BlockQuoteSignedByNameCommaOffice_ThatPerson(string signature, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", "Key quote", Quote, signature, "Demand for the tools grew in every region last year.");

        Assert.Equal(expected, analysis.SpeakerContaining("practical ways to put the new planning tools"));
    }

    [Theory]
    [InlineData("Hilda Marsh, who runs Northfield Foods, agreed with the plan.")]
    [InlineData("Northfield, Ardley and Marlow")]
    [InlineData("Toval Brennick, Head Of Sales And Marketing Group Operations Europe Middle East And Africa Region")]
    public void Extract_BlockQuoteFollowedByASentenceOrList_NoSignature(string line)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", "Key quote", Quote, line, "Demand for the tools grew in every region last year.");

        Assert.Null(analysis.SpeakerContaining("practical ways to put the new planning tools"));
    }
}
