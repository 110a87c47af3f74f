namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`ha detto il direttore, il dott. X`: a name apposed to a role behind an article and an abbreviated title. Invented people.</summary>
public sealed class TitledAppositionTests
{
    [Fact]
    public void Extract_ArticleAndTitleBeforeTheApposedName_TheName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«Mancano venti infermieri», ha detto il direttore generale, il dott. Ivo Marangon.");

        Assert.Equal("Ivo Marangon", analysis.SpeakerOf("Mancano venti"));
    }

    [Fact]
    public void Extract_ArticleAndTitleBeforeAName_InSpanish()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "«Las obras empiezan en junio», dijo el director de Obras, el ing. Tadeo Quiroz Salinas.");

        Assert.Equal("Tadeo Quiroz Salinas", analysis.SpeakerOf("Las obras empiezan"));
    }
}
