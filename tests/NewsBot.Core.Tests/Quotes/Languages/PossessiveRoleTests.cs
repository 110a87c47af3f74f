namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// French and Portuguese roles opened by a possessive (`Son président, X,`, `Seu presidente, X,`), which a later description
/// refers back to, and the impersonal `on` of `assure-t-on`, which names no one. Invented people.
/// </summary>
public sealed class PossessiveRoleTests
{
    [Theory]
    [InlineData("fr", "Le club traverse une crise grave. Son président, Olivier Garnier, a reconnu lundi un trou dans les comptes.", "« Ma porte est ouverte à tous ceux qui veulent sauver le club », poursuit le président.", "Ma porte est ouverte", "Olivier Garnier")]
    [InlineData("pt", "Os professores decidiram manter a greve. Seu presidente, Luiz Fernando Scherpel, disse que a categoria quer negociar.", "“Se o governo apresentar algo concreto, levamos à categoria”, garantiu o presidente.", "Se o governo apresentar", "Luiz Fernando Scherpel")]
    public void Extract_RoleOpenedByAPossessive_LaterDescriptionFindsTheHolder(string language, string introduction, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, introduction, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Fact]
    public void Extract_ImpersonalOnAfterANamedWoman_NoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "« On nous annonce quarante euros de plus par mois », a indiqué Martine Aubel-Lefort, présidente de la fédération.",
            "« Il n'y aura pas de recul sur ce dossier », assure-t-on à l'Élysée.");

        Assert.Null(analysis.SpeakerOf("Il n'y aura pas de recul"));
    }
}
