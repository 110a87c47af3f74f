using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A relative the description does not name is no speaker a reader can name.</summary>
public sealed class UnnamedRelativeTests
{
    [Fact]
    public void Extract_PossessiveNameAndKinNoun_NoSpeaker()
    {
        var analysis = Extract(Article(
            "The novelist who wrote by night",
            "Tomas Okafor published eleven novels before he was forty, most of them written between midnight and dawn.",
            "“The only way I knew he was awake was the typewriter through the wall,” Okafor’s late father once told a local paper."));

        Assert.Null(analysis.QuoteStarting("The only way I knew").Speaker);
    }

    [Theory]
    [InlineData("Okafor’s late father", true)]
    [InlineData("the Marlow daughter,", true)]
    [InlineData("Okafor’s former editor", false)]
    public void Is_DescriptionHead_TrueOnlyForKinNouns(string description, bool expected) =>
        Assert.Equal(expected, NewsBot.Core.Quotes.UnnamedRelative.Is(description));
}
