using NewsBot.Core.Quotes;
using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Cornelius Freiherr von Steinach`: a title of nobility between the given name and the particle. Invented people.</summary>
public sealed class NobleTitleTests
{
    [Theory]
    [InlineData("Prof. Dr. Cornelius Freiherr von Steinach", "Cornelius Freiherr von Steinach")]
    [InlineData("Markus Graf von Lindenau", "Markus Graf von Lindenau")]
    [InlineData("Henriette Gräfin zu Wellenberg", "Henriette Gräfin zu Wellenberg")]
    public void Extract_TitleOfNobilityBeforeTheParticle_TheWholeName(string written, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", $"„Wir waren selbst überrascht, wie schnell das ging“, sagt {written}, der die Gruppe leitet.", "Die Arbeit erscheint im Herbst.");

        Assert.Equal(speaker, analysis.SpeakerOf("Wir waren selbst"));
    }

    [Theory]
    [InlineData("Freiherr", true)]
    [InlineData("Gräfin", true)]
    [InlineData("Bürgermeister", false)]
    public void Is_Word_TellsTitlesOfNobility(string word, bool expected) => Assert.Equal(expected, NobleTitle.Is(word));

    [Fact]
    public void EndsGivenName_TitleWithoutGivenNameBefore_False()
    {
        Word[] words = [new(0, 10, "Verteidiger", "verteidiger"), new(11, 15, "Graf", "graf")];

        Assert.False(NobleTitle.EndsGivenName(words, 1));
    }
}
