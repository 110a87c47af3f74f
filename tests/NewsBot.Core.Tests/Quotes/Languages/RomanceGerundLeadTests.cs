namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A gerund hanging a quote off the main clause (`defendió …, arguyendo que «…»`). Invented people and places.</summary>
public sealed class RomanceGerundLeadTests
{
    [Theory]
    [InlineData("es", "familias", "Ramón Echeverri Sáez", "El consejero Ramón Echeverri Sáez defendió este jueves la rebaja de los peajes de la autopista del norte, subrayando que «el ahorro para las familias supera los cuarenta euros al mes».")]
    [InlineData("fr", "ressource", "Gaspard Lemarrec", "Le ministre de la Mer, Gaspard Lemarrec, a confirmé jeudi le maintien des quotas de sole dans le golfe de Valbourg, soulignant que « la ressource ne s'est pas encore reconstituée ».")]
    [InlineData("it", "risorse", "Corrado Bellandi", "Il ministro delle Infrastrutture, Corrado Bellandi, ha annunciato oggi uno stanziamento di trecento milioni per i porti di Valmora, sottolineando che «per la prima volta le risorse arrivano prima dei progetti».")]
    [InlineData("pt", "isenções", "Duarte Meneses Saraiva", "O ministro das Obras Públicas, Duarte Meneses Saraiva, confirmou hoje que as portagens da autoestrada de Vila Serena se mantêm no próximo ano, salientando que “o Orçamento não tem margem para novas isenções”.")]
    public void Extract_GerundLeadAfterMainClause_TheMainClauseSubject(string language, string fragment, string speaker, string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, Opening(language), sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }

    [Theory]
    [InlineData("es", "Semana Santa", "Vicente Llorca Ferrer", "El alcalde de Benialcor, Vicente Llorca Ferrer, ha defendido las obras de la plaza, asegurando que «estarán terminadas antes de Semana Santa».")]
    [InlineData("it", "cantieri", "Corrado Bellandi", "Il ministro, Corrado Bellandi, ha confermato il piano per i porti, assicurando che «i cantieri partiranno entro l'estate».")]
    public void Extract_GerundLeadAfterAppositionSubject_TheAppositionName(string language, string fragment, string speaker, string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, Opening(language), sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }

    private static string Opening(string language) => language switch
    {
        "es" => "El Gobierno regional aprobó ayer las cuentas del año próximo tras un largo debate en el parlamento autonómico.",
        "fr" => "Le gouvernement a présenté hier ses mesures pour la pêche après une longue réunion avec les élus du littoral.",
        "it" => "Il governo ha presentato ieri il piano per i porti dopo una lunga riunione con i presidenti delle regioni.",
        _ => "O Governo apresentou ontem o plano para as estradas depois de uma longa reunião com os autarcas da região.",
    };
}
