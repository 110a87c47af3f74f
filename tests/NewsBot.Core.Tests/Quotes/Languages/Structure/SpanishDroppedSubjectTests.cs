namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>Spanish subjectless `dijo` / `añadió` after a paragraph break (one person before: attribute) and sources that name no one (`según fuentes de …`). Invented people and outlets.</summary>
public sealed class SpanishDroppedSubjectTests
{
    [Theory]
    [InlineData("“Las obras empezarán pronto”, dijo.")]
    [InlineData("“Las obras empezarán pronto”, añadió.")]
    [InlineData("“Las obras empezarán pronto”, afirmó después.")]
    public void Extract_OnePersonInThePreviousParagraph_ThatPerson(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Ana Lima, alcaldesa de Valdeluz, recorrió el muelle el lunes con los pescadores del puerto.", sentence);

        Assert.Equal("Ana Lima", analysis.SpeakerContaining("obras empezarán"));
    }

    [Theory]
    [InlineData("Según fuentes de la Fiscalía, “las obras empezarán pronto”.")]
    [InlineData("Según fuentes de Moncloa, “las obras empezarán pronto”.")]
    [InlineData("Según fuentes del entorno de Ana Lima, “las obras empezarán pronto”.")]
    [InlineData("“Las obras empezarán pronto”, según fuentes de la Fiscalía.")]
    [InlineData("“Las obras empezarán pronto”, aseguraron fuentes de Moncloa.")]
    public void Extract_UnnamedSourcesOfABody_NoSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Ana Lima, alcaldesa de Valdeluz, recorrió el muelle el lunes con los pescadores del puerto.", sentence);

        Assert.Null(analysis.SpeakerContaining("obras empezarán"));
    }
}
