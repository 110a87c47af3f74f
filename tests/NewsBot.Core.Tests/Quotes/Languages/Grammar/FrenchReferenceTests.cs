namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>French speakers referred back to: `M.`/`Mme`, role nouns, pronouns, surnames with particles. Invented people.</summary>
public sealed class FrenchReferenceTests
{
    [Theory]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré M. Moreau.")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré le maire.")]
    [InlineData("« Le port restera ouvert tout l’hiver », a ajouté l’édile.")]
    [InlineData("Le maire a ajouté : « Le port restera ouvert tout l’hiver. »")]
    [InlineData("Il a ajouté : « Le port restera ouvert tout l’hiver. »")]
    [InlineData("« Le port restera ouvert tout l’hiver », a-t-il ajouté.")]
    [InlineData("« Le port restera ouvert tout l’hiver », a souligné Moreau.")]
    public void Extract_ReferenceToTheMayorNamedBefore_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "Le maire de Valbourg, Jean Moreau, a visité le port lundi avec les pêcheurs.",
            "« Nous avons perdu deux bateaux », a-t-il déclaré devant la presse.", sentence);

        Assert.Equal("Jean Moreau", analysis.SpeakerContaining("port restera"));
    }

    [Theory]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré Mme Lefèvre.")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré la ministre.")]
    [InlineData("La ministre a ajouté : « Le port restera ouvert tout l’hiver. »")]
    [InlineData("Elle a ajouté : « Le port restera ouvert tout l’hiver. »")]
    [InlineData("« Le port restera ouvert tout l’hiver », a-t-elle ajouté.")]
    public void Extract_ReferenceToTheMinisterNamedBefore_TheMinister(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "La ministre de la Mer, Claire Lefèvre, a visité le port lundi avec les pêcheurs.",
            "« Nous aiderons les familles », a-t-elle déclaré devant la presse.", sentence);

        Assert.Equal("Claire Lefèvre", analysis.SpeakerContaining("port restera"));
    }

    [Theory]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré Charles de La Roche.", "Charles de La Roche")]
    [InlineData("‹ Le port restera ouvert tout l’hiver ›, a déclaré Paul Girard.", "Paul Girard")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré Anne de Villiers.", "Anne de Villiers")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré le président du conseil régional, Paul Girard.", "Paul Girard")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré le Dr Paul Girard.", "Paul Girard")]
    public void Extract_NameWithParticleOrTitle_TheFullName(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("port restera"));
    }
}
