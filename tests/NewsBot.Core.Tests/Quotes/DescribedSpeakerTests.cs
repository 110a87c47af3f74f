using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Unnamed sources described by the text: given as written when a name anchors them, unknown otherwise.</summary>
public sealed class DescribedSpeakerTests
{
    [Fact]
    public void Extract_IndefiniteDescriptionBuiltOnName_DescriptionWithItsArticle()
    {
        var analysis = Extract(Article(
            "The harbour board met behind closed doors on Tuesday.",
            "“We will sail whatever the board decides,” said a senior Northfield adviser."));

        Assert.Equal("a senior Northfield adviser", analysis.QuoteStarting("We will sail").Speaker);
    }

    [Fact]
    public void Extract_OneNamedPartySource_DescriptionAsWritten()
    {
        var analysis = Extract(Article(
            "The harbour board met behind closed doors on Tuesday.",
            "“The nets are empty and nobody will say why,” said one Northfield source on the council."));

        Assert.Equal("one Northfield source", analysis.QuoteStarting("The nets are empty").Speaker);
    }

    [Theory]
    [InlineData("“The nets are empty and nobody will say why,” the Minister said.")]
    [InlineData("“The nets are empty and nobody will say why,” said the Danish-born skipper.")]
    public void Extract_CapitalisedRoleOrBirthplaceWithNoHolder_SpeakerUnknown(string quoteParagraph)
    {
        // A role capitalised by house style or a birthplace is no name: with no holder in the text, no one is known to speak.
        var analysis = Extract(Article("The harbour board met behind closed doors on Tuesday.", quoteParagraph));

        Assert.Null(analysis.QuoteStarting("The nets are empty").Speaker);
    }

    [Fact]
    public void Extract_IndefiniteDescriptionWithoutName_SpeakerUnknown()
    {
        var analysis = Extract(Article(
            "The harbour board met behind closed doors on Tuesday.",
            "“The nets are empty and nobody will say why,” said a senior official."));

        var quote = analysis.QuoteStarting("The nets are empty");
        Assert.Null(quote.Speaker);
        Assert.Equal("senior official", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_DescriptionOfAideToNamedPerson_DescriptionWithTheName()
    {
        var analysis = Extract(Article(
            "The harbour board met behind closed doors on Tuesday.",
            "“The pier will reopen before the summer,” said the former top aide to Governor Ada Holm."));

        Assert.Equal("the former top aide to Governor Ada Holm", analysis.QuoteStarting("The pier will reopen").Speaker);
    }

    [Fact]
    public void Extract_ThingPostedToNamedSite_NoSpeakerFromTheThing()
    {
        var analysis = Extract(Article(
            "Lena Brandt, who starred in “Harbour Lights” and “The Long Tide,” posted the clip to Tubeview on Thursday.",
            "Readers shared it widely."));

        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is { } speaker && speaker.Contains("clip", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“Visitors should carry water and a map at all times,” the Swedish brochure says.")]
    [InlineData("“I never thought I would see my family again,” said the British-Israeli hostage.")]
    public void Extract_DescriptionAnchoredOnNationality_SpeakerUnknown(string paragraph)
    {
        var analysis = Extract(Article("The ferry to Eastport was cancelled again on Monday.", paragraph));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }
}
