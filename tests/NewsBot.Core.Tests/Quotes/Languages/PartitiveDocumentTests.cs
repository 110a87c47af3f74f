namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A part of a document as an inverted verb's subject (`sostiene parte de la resolución`). Invented people and courts.</summary>
public sealed class PartitiveDocumentTests
{
    [Theory]
    [InlineData("es", "suspenda", "El periodista Julián Arce informó que el tribunal rechazó el recurso de la naviera.", "«No existe resolución alguna que suspenda la condena», sostiene parte de la resolución.")]
    [InlineData("pt", "suspenda", "O jornalista Júlio Prates informou que o tribunal rejeitou o recurso da empresa.", "“Não existe decisão que suspenda a condenação”, sustenta parte do acórdão.")]
    [InlineData("it", "sospenda", "Il giornalista Giulio Neri ha riferito che il tribunale ha respinto il ricorso della compagnia.", "«Non esiste alcuna decisione che sospenda la condanna», sostiene parte della sentenza.")]
    public void Extract_PartOfADocumentAfterTheVerb_NotThePersonNamedBefore(string language, string fragment, string before, string quoted)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quoted);

        Assert.Null(analysis.SpeakerContaining(fragment));
    }

    [Fact]
    public void Extract_PartOfACourtsRuling_TheCourt()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El periodista Julián Arce informó que el tribunal rechazó el recurso de la naviera.",
            "«No existe resolución alguna que suspenda la condena», sostiene parte del fallo del Tribunal Supremo.");

        Assert.Equal("Tribunal Supremo", analysis.SpeakerContaining("suspenda"));
    }
}
