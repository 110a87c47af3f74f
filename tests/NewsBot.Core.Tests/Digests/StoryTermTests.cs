using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class StoryTermTests
{
    private static List<StoryTerm> Read(string text) => [.. StoryTerm.Read(text, StoryClusteringSettings.Default)];

    [Fact]
    public void Read_FiguresRoundedOrGrouped_Meet()
    {
        Assert.Equal(Read("cut by 1.50 crowns").Select(t => t.Text), Read("cut by 1.5 crowns").Select(t => t.Text));
        Assert.Contains(new StoryTerm("#180000", false), Read("claimed 180,000 crowns."));
    }

    [Fact]
    public void Read_OrdinalsAndShortWords_Dropped() =>
        Assert.Equal(["century", "seascape"], Read("A 19th-century seascape").Select(t => t.Text));

    [Fact]
    public void Read_CapitalisedWords_AreNames()
    {
        var terms = Read("Storm Ilsa floods Brennhaven harbour");

        Assert.Equal([true, true, false, true, false], terms.Select(t => t.IsName));
    }

    [Fact]
    public void Read_InflectionsAndDiacritics_Meet()
    {
        Assert.Equal(["flood", "flood", "flood"], Read("floods flooded flooding").Select(t => t.Text));
        Assert.Equal(Read("Zurich").Select(t => t.Text), Read("Zürich's").Select(t => t.Text));
    }
}
