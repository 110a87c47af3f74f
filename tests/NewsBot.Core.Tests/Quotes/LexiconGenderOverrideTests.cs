using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A pronoun against the lexicon's gender for the only person named near it: the text wins, not a woman further back.</summary>
public sealed class LexiconGenderOverrideTests
{
    [Fact]
    public void Extract_SheAfterOnlyPersonWithMaleListedName_ThatPerson()
    {
        Assert.Equal("Cameron Brandt", SpeakerAfter("Founder Cameron Brandt says not to worry about a matching set of glasses."));
    }

    [Fact]
    public void Extract_SheAfterTwoPeopleOfOtherGender_NeitherOfThem()
    {
        var speaker = SpeakerAfter("Founder Cameron Brandt and chef Jordan Pike say not to worry about a matching set of glasses.");

        Assert.NotEqual("Cameron Brandt", speaker);
        Assert.NotEqual("Jordan Pike", speaker);
    }

    [Fact]
    public void Extract_SheAfterWomanNamedInWindow_ThatWoman()
    {
        var analysis = Extract(Article(
            "Party trends",
            "Founder Cameron Brandt says not to worry, and planner Mindy Vale agrees.",
            "“In 2025, it is all about personality, not perfection,” she reveals."));

        Assert.Equal("Mindy Vale", analysis.QuoteStarting("In 2025").Speaker);
    }

    [Fact]
    public void Extract_SheAfterBrideDescribedBesideMan_NotTheMan()
    {
        var analysis = Extract(Article(
            "Wedding of the year",
            "Singer Lola Brisk married drummer Teo Marr on Sunday.",
            "The bride, who wore a silk gown by tailor Enzo Caravel, thanked her fans online.",
            "“Happiest day of my life, and I would not change a thing,” she wrote."));

        Assert.NotEqual("Enzo Caravel", analysis.QuoteStarting("Happiest day").Speaker);
    }

    private static string? SpeakerAfter(string lead) =>
        Extract(Article(
            "Party trends",
            "Planner Mindy Vale says the table matters most this year.",
            lead,
            "“In 2025, it is all about personality, not perfection,” she reveals.")).QuoteStarting("In 2025").Speaker;
}
