namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `dijo un portavoz de la naviera Taloz`: with no spokesperson named, a Romance complement that carries the body's own name
/// is that body as written; a bare noun (`de la empresa`) or a person's name (`de Pedro Ruiz`) gives no body. Invented names.
/// </summary>
public sealed class NamedComplementBodyTests
{
    [Theory]
    [InlineData("es", "La naviera Taloz anunció el lunes que el nuevo muelle se retrasará un año.", "“Sin acero no podemos construir un muelle en el puerto”, dijo un portavoz de la naviera Taloz.", "Sin acero", "naviera Taloz")]
    [InlineData("it", "Il Comune di Brindel ha annunciato lunedì che il nuovo molo sarà pronto un anno dopo.", "«Senza acciaio non possiamo costruire un molo nel porto», ha detto un portavoce del Comune di Brindel.", "Senza acciaio", "Comune di Brindel")]
    [InlineData("pt", "A empresa Tallvia anunciou na segunda-feira que o novo cais vai atrasar um ano.", "“Sem aço não podemos construir um cais no porto”, disse um porta-voz da empresa Tallvia.", "Sem aço", "empresa Tallvia")]
    [InlineData("fr", "La mairie de Brindel a annoncé lundi que le nouveau quai serait retardé d'un an.", "« Sans acier, nous ne pouvons pas construire de quai dans le port », a indiqué une porte-parole de la mairie de Brindel.", "Sans acier", "mairie de Brindel")]
    public void Extract_SpokespersonOfABodyNamedInTheComplement_ThatBody(string language, string lead, string quote, string start, string body)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, lead, quote);

        Assert.Equal(body, analysis.SpeakerOf(start));
    }

    [Theory]
    [InlineData("“Sin acero no podemos construir un muelle en el puerto”, dijo un portavoz de la empresa.")]
    [InlineData("“Sin acero no podemos construir un muelle en el puerto”, dijo un portavoz de Pedro Ruiz.")]
    public void Extract_SpokespersonOfABareNounOrAPerson_Unattributed(string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", "La naviera Taloz y el alcalde Pedro Ruiz anunciaron el lunes un retraso de un año.", quote);

        Assert.Null(analysis.SpeakerOf("Sin acero"));
    }
}
