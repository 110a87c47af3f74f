using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A speaker named by the first words of a longer name given earlier (`says Ana Lucia` after `Ana Lucia Brenner`) is that
/// person; the same words opening two surnames stay as written. Invented carvers, harbour and sisters.
/// </summary>
public sealed class LeadingNameFormTests
{
    [Fact]
    public void Extract_TwoGivenNamesOfALongerName_ExpandsToThePerson()
    {
        var analysis = Extract(Article(
            "Carvers keep an old craft alive on the harbour",
            "Hemi Taurua and his son, Ana Lucia Brenner Taurua, carve the posts that stand on the quay at Waimaro.",
            "Ana (Ana Lucia Brenner) Taurua learnt the craft from his father.",
            "\"Every post tells the story of a family that fished here,\" says Ana Lucia."));

        Assert.Equal("Ana Lucia Brenner Taurua", analysis.QuoteStarting("Every post tells").Speaker);
    }

    [Fact]
    public void Extract_SameGivenNamesOpeningTwoSurnames_NotExpanded()
    {
        var analysis = Extract(Article(
            "Carvers keep an old craft alive on the harbour",
            "Ana Lucia Brenner runs the carving school, and Ana Lucia Okoro teaches at the museum next door.",
            "\"Every post tells the story of a family that fished here,\" says Ana Lucia."));

        var speaker = analysis.QuoteStarting("Every post tells").Speaker;
        Assert.NotEqual("Ana Lucia Brenner", speaker);
        Assert.NotEqual("Ana Lucia Okoro", speaker);
    }
}
