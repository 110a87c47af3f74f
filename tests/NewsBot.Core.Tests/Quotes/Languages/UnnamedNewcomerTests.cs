namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Spanish and Italian sources the text does not name (`el dueño de una taquería`, `uno de ellos`, `la patronal`) and the
/// paper as the one told (`comentó a este medio X`): IndefiniteComplement, CollectiveNoun, ThisOutletRecipient. Invented people.
/// </summary>
public sealed class UnnamedNewcomerTests
{
    [Fact]
    public void Extract_RoleWithIndefiniteComplement_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El representante de la constructora, Raúl Echenique, dijo que «la empresa cumplió todas las normas».",
            "«Ya cerraron seis negocios en esta cuadra», lamentó el dueño de una taquería, que pidió omitir su nombre.");

        Assert.Null(analysis.SpeakerOf("Ya cerraron seis negocios"));
    }

    [Fact]
    public void Extract_OneOfThemAfterTheVerb_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La alcaldesa, Pilar Urquiza, salió del pleno a mediodía. «No habrá multas el primer mes», aseguró Urquiza.",
            "Un grupo de taxistas la esperaba en la puerta. «Que venga un día conmigo a ver el tráfico», le espetó uno de ellos.");

        Assert.Null(analysis.SpeakerOf("Que venga un día"));
    }

    [Fact]
    public void Extract_AccordingToTheEmployers_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La ministra de Hacienda, Rocío Almagro, anunció la rebaja. «Llegará a once millones de hogares», afirmó Almagro.",
            "De acuerdo con la patronal, «la rebaja es insuficiente para la industria».");

        Assert.Null(analysis.SpeakerOf("la rebaja es insuficiente"));
    }

    [Fact]
    public void Extract_ThisOutletToldThenName_NamesThePerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El vocero municipal, Arturo Benítez, dijo que «ninguna vivienda corre peligro».",
            "«Se me cuarteó la pared y nadie vino a revisar», comentó a este medio Guadalupe Irigoyen, de 57 años.");

        Assert.Equal("Guadalupe Irigoyen", analysis.SpeakerOf("Se me cuarteó la pared"));
    }
}
