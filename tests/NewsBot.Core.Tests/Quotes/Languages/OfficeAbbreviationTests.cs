namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `le PDG`, `la DG`, `le préfet`, `le technicien`, `o edil`: offices written as abbreviations or in words the role lexicon learnt this
/// session are roles, never a name, and find the one person the article gave them. Invented people.
/// </summary>
public sealed class OfficeAbbreviationTests
{
    [Fact]
    public void Extract_ChiefExecutiveAbbreviation_TheChiefExecutiveNotTheLetters()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le PDG du groupe Marel, Hugues Vernier, reprend le chantier naval.",
            "« Le chantier restera à Valbourg », martèle le PDG.");

        Assert.Equal("Hugues Vernier", analysis.SpeakerOf("Le chantier restera"));
    }

    [Fact]
    public void Extract_DirectorGeneralWrittenDg_TheDirectorGeneral()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "La directrice générale du chantier, Claire Bonnet, restera en poste.",
            "« Nous avons perdu deux clients cette année », précise la DG.");

        Assert.Equal("Claire Bonnet", analysis.SpeakerOf("Nous avons perdu"));
    }

    [Fact]
    public void Extract_PrefectAfterTheMayorsQuote_ThePrefect()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le préfet de la Côte-Basse, Thierry Vallon, était présent. La maire, Anne Le Goff, a pris la parole.",
            "« Nous voterons le plan avant l'été », a dit la maire. « L'État paiera les rachats », précise le préfet.");

        Assert.Equal("Thierry Vallon", analysis.SpeakerOf("L'État paiera"));
    }

    [Fact]
    public void Extract_TechnicianForTheCoach_TheCoach()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "En face, l'entraîneur Jérôme Klaus ne cachait pas sa déception après la défaite.",
            "« Nous avons arrêté de jouer après la pause », tranche le technicien.");

        Assert.Equal("Jérôme Klaus", analysis.SpeakerOf("Nous avons arrêté"));
    }

    [Fact]
    public void Extract_PortugueseEdilForTheMayor_TheMayor()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O presidente da câmara de Vilamar, Vítor Manuel Lobo, pediu uma reunião com o ministro.",
            "«Cento e vinte famílias sem trabalho é uma tragédia», observou o edil.");

        Assert.Equal("Vítor Manuel Lobo", analysis.SpeakerOf("Cento e vinte"));
    }
}
