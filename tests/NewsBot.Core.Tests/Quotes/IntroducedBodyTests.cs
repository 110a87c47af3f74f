using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A body the lexicon does not know, introduced as one by the text, resumed as `the company` or `they`, or spoken for
/// by `a company spokesperson` (speaker: the body's name, as the news set annotates). Invented outlets and companies.
/// </summary>
public sealed class IntroducedBodyTests
{
    [Theory]
    [InlineData("Northwind Ferries, which ran the Eastfield route until the storm, wants to return next year.", "“We are ready to sail again as soon as the quay is repaired,” the company said in a statement.", "Northwind Ferries")]
    [InlineData("Northwind Ferries, which ran the Eastfield route until the storm, wants to return next year.", "“Safety will always come before the timetable, and we are ready to sail again,” they said.", "Northwind Ferries")]
    [InlineData("Jane Roe, an engineer at Quayside Works, inspected the wall on Monday.", "“We are ready to sail again as soon as the quay is repaired,” the company said.", "Quayside Works")]
    [InlineData("The company that runs the ferry awards, Brightstar Productions, denies that anything is settled.", "“We are ready to sail again as soon as the quay is repaired,” they said.", "Brightstar Productions")]
    [InlineData("Harbour Lights, her former label, says she may sing the old songs on Sunday.", "“We are ready to sail again as soon as the quay is repaired,” the company said.", "Harbour Lights")]
    public void Extract_BodyIntroducedByTheText_ResumedByNounOrPronoun_TheBody(string introduction, string quote, string expected) =>
        Assert.Equal(expected, ContinentalAttributionKit.ExtractIn("en", introduction, quote).SpeakerContaining("ready to sail"));

    [Fact]
    public void Extract_PluralVerbAfterABody_TheySaid_TheBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "The singer says her old label is stopping her from singing her early songs on the show.",
            "Harbour Lights have twice denied blocking her.",
            "“At no point did we stop her from singing on the show,” they said in a statement.");

        Assert.Equal("Harbour Lights", analysis.SpeakerContaining("At no point"));
    }

    [Fact]
    public void Extract_CompanySpokespersonInAnEmail_TheBodyThePassageIsAbout()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "Deskly is headquartered in Eastfield. A company spokesperson said in an email that “we have received the letter and will answer it.”");

        Assert.Equal("Deskly", analysis.SpeakerContaining("we have received"));
    }

    /// <summary>A person the article names with a given name stays a person, whatever verb follows.</summary>
    [Fact]
    public void Extract_PersonNamedWithGivenName_NoBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "Jane Roe and Tom Briggs have both left the harbour board, which met on Monday.",
            "“We are ready to sail again as soon as the quay is repaired,” the company said.");

        Assert.Null(analysis.SpeakerContaining("ready to sail"));
    }
}
