namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// East Asian names written family name first without a hyphen (`Park Jiyeon`, `Min Daeun`), as culture and business pages
/// print them: the family name is part of the name even where some lexicon knows it as a word, as long as the word after it
/// is no common word; and a later namesake sharing the given name is not the lone given name's full form. Invented people and outlets.
/// </summary>
public sealed class UnhyphenatedFamilyNameFirstTests
{
    [Theory]
    [InlineData(
        "fr", "La Sud-Coréenne Min Daeun a remporté dimanche la troisième étape du Tour des Crêtes.",
        "« Je ne pensais pas gagner ici, les routes sont étroites », a confié Min Daeun à l'arrivée.", "routes sont étroites", "Min Daeun")]
    [InlineData(
        "fr", "La galerie municipale expose cette semaine les toiles d'une peintre venue de Busan.",
        "« Je peins les ports que j'ai connus enfant », a déclaré Park Hyeyun.", "ports que j'ai connus", "Park Hyeyun")]
    [InlineData(
        "en", "The town gallery shows the paintings of a young artist from Busan this week.",
        "\"I paint the harbours I knew as a child,\" said Song Hyeyun at the opening.", "harbours I knew", "Song Hyeyun")]
    [InlineData(
        "es", "La galería municipal expone esta semana los cuadros de una joven pintora de Busan.",
        "«Pinto los puertos que conocí de niña», declaró Park Hyeyun en la inauguración.", "puertos que conocí", "Park Hyeyun")]
    public void Extract_UnhyphenatedFamilyNameFirst_KeepsTheFamilyName(string language, string first, string second, string fragment, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }

    [Theory]
    [InlineData("Park", "Jiyeon", "fr", true)]
    [InlineData("Song", "Haeun", "en", true)]
    [InlineData("Park", "Avenue", "fr", false)]
    [InlineData("Song", "Contest", "fr", false)]
    [InlineData("Hong", "Kong", "fr", false)]
    [InlineData("Im", "Jiyeon", "fr", false)]
    [InlineData("Meyer", "Jiyeon", "fr", false)]
    public void IsUnhyphenated_FamilyNameBeforeWord_OnlyBeforeAnUnknownWord(string family, string given, string language, bool expected) =>
        Assert.Equal(expected, NewsBot.Core.Quotes.Languages.FamilyNameFirst.IsUnhyphenated(family, given, language));

    [Fact]
    public void Extract_FamilyNameBeforeCommonWord_NoPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "The ranger Tom Wardell closed the lake path on Monday after the storm brought down three trees.",
            "Park officials agreed. \"Nobody should walk there until the trees are cleared,\" they said in a statement.");

        Assert.NotEqual("Park officials", analysis.SpeakerContaining("Nobody should walk"));
    }

    [Fact]
    public void Extract_TwoPeopleShareTheGivenName_LoneGivenNameNotTheLaterNamesake()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "La romancière Seo Hyeyun présente à Valbourg son troisième livre, et son éditeur, Jang Hyeyun, l'accompagne.",
            "« Nous avons tiré trois mille exemplaires », affirme Jang Hyeyun.",
            "Hyeyun ajoute : « Je voulais que mes enfants sachent d'où ils viennent. »");

        Assert.Equal("Jang Hyeyun", analysis.SpeakerContaining("trois mille"));
        Assert.NotEqual("Jang Hyeyun", analysis.SpeakerContaining("mes enfants"));
        Assert.NotEqual("Seo Hyeyun", analysis.SpeakerContaining("mes enfants"));
    }
}
