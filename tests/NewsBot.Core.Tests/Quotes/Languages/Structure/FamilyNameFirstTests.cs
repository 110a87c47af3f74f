namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// East Asian names written family name first with a hyphenated given name (`Yoon Tae-ho`, `Han Seung-woo`): the person is
/// called by the first word afterwards (`M. Yoon`, `ha detto Han`), and that word tells no gender, so `a-t-elle` goes to the
/// woman named beside him. Invented people and outlets.
/// </summary>
public sealed class FamilyNameFirstTests
{
    [Theory]
    [InlineData(
        "fr", "Le président sud-coréen Yoon Tae-ho est arrivé lundi soir à Valbourg pour une visite de trois jours.",
        "« Nos deux pays partagent la même ambition », a déclaré M. Yoon à sa descente d’avion. « Nous voulons produire ensemble, pas seulement commercer », a-t-il ajouté.",
        "Le port de Valbourg accueillera la délégation mardi.", "produire ensemble", "Yoon Tae-ho")]
    [InlineData(
        "it", "Il presidente sudcoreano Han Seung-woo è arrivato ieri a Roccaverde per una visita di due giorni.",
        "«Costruiremo insieme le navi del futuro», ha detto Han al termine dell’incontro.",
        "L’economista Marta Villani, docente all’università di Roccaverde, invita alla prudenza.", "navi del futuro", "Han Seung-woo")]
    [InlineData(
        "es", "El grupo Daehan Energy construirá en Puerto Olmo una planta de hidrógeno, según anunció su presidente, Park Sung-min.",
        "«Queremos empezar las obras en septiembre», declaró Park en el acto.",
        "La planta dará trabajo a seiscientas personas.", "empezar las obras", "Park Sung-min")]
    [InlineData(
        "pt", "O presidente sul-coreano Seo Jin-woo chegou nesta quarta-feira a Vila Serena para uma visita de Estado.",
        "\"O Brasil tem energia limpa e talento\", disse Seo no palácio. Ele afirmou que \"as primeiras fábricas podem sair do papel em 2028\".",
        "A visita termina na sexta-feira.", "primeiras fábricas", "Seo Jin-woo")]
    public void Extract_FamilyNameFirst_CalledByTheFamilyName(string language, string first, string second, string third, string fragment, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second, third);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }

    [Fact]
    public void Extract_ShePronounAfterFamilyNameFirstMan_TheWomanNamedBeside()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le président sud-coréen Yoon Tae-ho est arrivé lundi à Valbourg.",
            "« Nos deux pays partagent la même ambition », a déclaré M. Yoon, aux côtés de la ministre déléguée au Commerce, Claire Dumoulin.",
            "La ministre a salué « un partenaire fiable et exigeant ». « Trois usines pourraient ouvrir dans le Nord », a-t-elle précisé.");

        Assert.Equal("Claire Dumoulin", analysis.SpeakerContaining("Trois usines"));
    }
}
