namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A role written as an acronym (`so der CEO`) is a description of the person the article gave that role, never an organisation called `CEO`.</summary>
public sealed class DescriptionSpeakerTests
{
    [Theory]
    [InlineData("de", "Robert Kranich, CEO der Reederei Nordlinie, sprach am Montag mit der Presse.", "„Wir brauchen neue Schiffe“, so der CEO.")]
    [InlineData("fr", "Robert Kranich, CEO de l’armateur Nordlinie, a parlé lundi à la presse.", "« Nous avons besoin de nouveaux bateaux », selon le CEO.")]
    [InlineData("es", "Robert Kranich, CEO de la naviera Nordlinie, habló el lunes con la prensa.", "“Necesitamos barcos nuevos”, dijo el CEO.")]
    [InlineData("it", "Robert Kranich, CEO dell’armatore Nordlinie, ha parlato lunedì con la stampa.", "«Abbiamo bisogno di navi nuove», ha detto il CEO.")]
    [InlineData("pt", "Robert Kranich, CEO da empresa Nordlinie, falou na segunda-feira com a imprensa.", "“Precisamos de barcos novos”, disse o CEO.")]
    public void Extract_RoleAcronymAfterAnArticle_ThePersonTheArticleGaveThatRole(string language, string before, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Equal("Robert Kranich", Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("de", "„Wir brauchen neue Schiffe“, so der CEO.")]
    [InlineData("es", "“Necesitamos barcos nuevos”, dijo el CEO.")]
    public void Extract_RoleAcronymNoPersonWasGiven_SpeakerIsNull(string language, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, quote);

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("de", "„Wir zahlen die neue Fähre“, sagte Jonas Weber am Dienstag.", "„Das reicht nicht“, kritisierte der Verband.")]
    [InlineData("es", "“Pagaremos el nuevo transbordador”, dijo Jonás Prieto el martes.", "“No es suficiente”, criticó la asociación.")]
    [InlineData("pt", "“Vamos pagar a nova balsa”, disse João Braga na terça-feira.", "“Não é suficiente”, criticou a associação.")]
    public void Extract_OrganisationDescriptionAfterAPersonsQuote_SpeakerIsNull(string language, string first, string second)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second);

        Assert.Null(analysis.Quotes[^1].Speaker);
    }

    [Fact]
    public void Extract_OpeningPourWithADescription_TheSpeakerItContinues()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "« Le risque est infime », explique Claire Fontaine.", "Pour la toxicologue, « interdire un produit pour son danger revient à interdire les avions ».");

        Assert.Equal("Claire Fontaine", analysis.SpeakerOf("interdire un produit"));
    }

    [Fact]
    public void Extract_OpeningPourWithADescriptionNoOneWasGiven_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", "Pour la toxicologue, « interdire un produit pour son danger revient à interdire les avions ».");

        Assert.Null(analysis.SpeakerOf("interdire un produit"));
    }
}
