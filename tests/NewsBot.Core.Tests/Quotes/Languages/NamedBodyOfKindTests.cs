namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `afirmou a empresa em nota`, `o ministério acrescentou`, `a prefeitura afirmou`: a body's noun stands for the one body of
/// that kind the article named, though people were named since; two bodies of the kind leave it unnamed. Invented bodies and people.
/// </summary>
public sealed class NamedBodyOfKindTests
{
    [Fact]
    public void Extract_MinistryNounAfterPeopleWereNamed_TheMinistryTheArticleNamed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O Ministério da Navegação anunciou nesta segunda-feira um plano para os portos do Norte.",
            "O secretário Tiago Moreira dos Anjos e a prefeita Lúcia Barros de Lima visitaram o cais.",
            "Em nota, o ministério acrescentou que “não haverá cortes nas linhas de balsa”.");

        Assert.Equal("Ministério da Navegação", analysis.SpeakerContaining("não haverá cortes"));
    }

    [Fact]
    public void Extract_CompanyNounAfterATradeNounNamedTheFirm_TheFirm()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "As vacinas serão produzidas pelo laboratório Biomar Atlântico. O engenheiro Paulo Teixeira Gomes vai chefiar a obra.",
            "“O primeiro lote fica pronto em maio”, afirmou a empresa em nota.");

        Assert.Equal("Biomar Atlântico", analysis.SpeakerOf("O primeiro lote"));
    }

    [Fact]
    public void Extract_CompanyNounAfterAnApposition_TheFirm()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "La Tonnellerie Garnier, une entreprise familiale de Valbourg, a annoncé quarante embauches. Le maire Paul Girard s'en félicite.",
            "« Les commandes ont doublé en deux ans », a précisé l'entreprise dans un communiqué.");

        Assert.Equal("Tonnellerie Garnier", analysis.SpeakerOf("Les commandes ont doublé"));
    }

    [Fact]
    public void Extract_SpanishCompanyNounAfterATradeNounNamedTheFirm_TheFirm()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La empresa Aguas del Valle anunció el lunes una subida de las tarifas. El alcalde Ramón Urquiza criticó la medida.",
            "\"La subida de las tarifas es necesaria para pagar la nueva red\", afirmó la empresa en un comunicado.");

        Assert.Equal("Aguas del Valle", analysis.SpeakerOf("La subida de las tarifas"));
    }

    [Fact]
    public void Extract_ItalianCommuneNounAfterItsName_TheCommune()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il Comune di Roccaverde ha annunciato lunedì la chiusura del ponte vecchio.",
            "«I lavori sul ponte vecchio dureranno almeno sei mesi», ha detto il comune.");

        Assert.Equal("Comune di Roccaverde", analysis.SpeakerOf("I lavori sul ponte"));
    }

    [Fact]
    public void Extract_ItalianTwoCommunesOfTheKind_NotEither()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il Comune di Roccaverde e il Comune di Valmora hanno annunciato lunedì la chiusura del ponte vecchio.",
            "«I lavori sul ponte vecchio dureranno almeno sei mesi», ha detto il comune.");

        Assert.Null(analysis.SpeakerOf("I lavori sul ponte"));
    }

    [Fact]
    public void Extract_TwoMinistriesOfTheKind_NotEither()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O Ministério da Navegação e o Ministério da Fazenda discutem o plano desde março. O secretário Tiago Moreira dos Anjos visitou o cais.",
            "Em nota, o ministério acrescentou que “não haverá cortes nas linhas de balsa”.");

        Assert.NotEqual("Ministério da Navegação", analysis.SpeakerContaining("não haverá cortes"));
        Assert.NotEqual("Ministério da Fazenda", analysis.SpeakerContaining("não haverá cortes"));
    }
}
