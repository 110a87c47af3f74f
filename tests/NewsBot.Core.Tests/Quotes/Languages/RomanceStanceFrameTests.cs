namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A stance phrase with its complementizer before a quote (`es de la idea de que “…”`). Invented people and towns.</summary>
public sealed class RomanceStanceFrameTests
{
    [Theory]
    [InlineData("es", "comercio", "Marta Olmedo", "Su portavoz, Marta Olmedo, es de la idea de que “ninguna obra que cierre las calles del centro durante meses ayuda al comercio del barrio”.")]
    [InlineData("es", "clientes", "Julián Cabrera", "El presidente de los comerciantes, Julián Cabrera, está convencido de que “el mercado nuevo atraerá a muchos más clientes a la calle mayor”.")]
    [InlineData("fr", "commerces", "Claire Dumesnil", "Sa porte-parole, Claire Dumesnil, est convaincue que « aucun chantier qui ferme les rues du centre pendant des mois n'aide les commerces ».")]
    [InlineData("fr", "façade", "Hugo Lefranc", "L'architecte du projet, Hugo Lefranc, est d'avis que « le bâtiment doit respecter la vieille façade du marché couvert ».")]
    [InlineData("it", "negozi", "Marta Olivieri", "La portavoce, Marta Olivieri, è convinta che «nessun cantiere che chiude le strade del centro per mesi aiuta i negozi del quartiere».")]
    [InlineData("it", "clienti", "Giulio Cabrini", "Il presidente dei commercianti, Giulio Cabrini, è dell'idea che «il nuovo mercato porterà molti più clienti nella via principale».")]
    [InlineData("pt", "lojas", "Júlio Prates", "O presidente dos comerciantes, Júlio Prates, está convencido de que “o novo mercado vai trazer muito mais clientes para as lojas da rua”.")]
    public void Extract_StancePhraseBeforeQuote_TheHolder(string language, string fragment, string speaker, string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, Opening(language), sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }

    [Theory]
    [InlineData("fr", "Le maire Étienne Moreau a présenté hier le projet du marché couvert aux habitants du quartier.", "Il est certain que « les travaux du marché dureront au moins deux longues années ».")]
    [InlineData("it", "Il sindaco Tommaso Riva ha presentato ieri il progetto del mercato coperto agli abitanti del quartiere.", "È certo che «i lavori del mercato dureranno almeno due lunghi anni».")]
    public void Extract_ImpersonalCertainty_NotTheManNamedBefore(string language, string before, string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, sentence);

        Assert.Null(analysis.SpeakerContaining(language == "fr" ? "travaux" : "lavori"));
    }

    private static string Opening(string language) => language switch
    {
        "es" => "El alcalde de Villaverde presentó ayer a los vecinos del barrio el proyecto del nuevo mercado municipal.",
        "fr" => "Le maire de Valbourg a présenté hier aux habitants du quartier le projet du nouveau marché couvert.",
        "it" => "Il sindaco di Valmora ha presentato ieri agli abitanti del quartiere il progetto del nuovo mercato coperto.",
        _ => "O prefeito de Vila Serena apresentou ontem aos moradores do bairro o projeto do novo mercado municipal.",
    };
}
