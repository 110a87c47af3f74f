using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Left open by pol5 (invented text): `Helga Brandt, 35, the daughter of retired ferryman Otto Brandt,` introduces the
/// parent as a relative, so a later bare `Brandt said` is the daughter; the parent named in full is still the parent.
/// </summary>
public sealed class KinOfAppositionTests
{
    [Fact]
    public void Extract_BareSurnameAfterDaughterOfApposition_TheDaughterSpeaks()
    {
        var analysis = Extract(Article(
            "The last ferry crossed the Lund estuary on Sunday after sixty years of service.",
            "Helga Brandt, 35, the daughter of retired ferryman Otto Brandt, watched from the pier as the boat docked.",
            "\"It feels like the end of a family story,\" Brandt said."));

        Assert.Equal("Helga Brandt", analysis.QuoteStarting("It feels like").Speaker);
    }

    [Fact]
    public void Extract_ParentNamedInFullAfterDaughterOfApposition_TheParentSpeaks()
    {
        var analysis = Extract(Article(
            "The last ferry crossed the Lund estuary on Sunday after sixty years of service.",
            "Helga Brandt, 35, the daughter of retired ferryman Otto Brandt, watched from the pier as the boat docked.",
            "\"I steered this boat for forty years,\" Otto Brandt said."));

        Assert.Equal("Otto Brandt", analysis.QuoteStarting("I steered this").Speaker);
    }
}
