namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Italian and French references to a person named earlier: surnames with a capitalised particle, epicene roles under a
/// masculine article, `selon lui`, `a suo dire`, a role apposition before the verb. Invented people.
/// </summary>
public sealed class ItalianFrenchReferenceTests
{
    [Fact]
    public void Extract_ItalianParticleSurnameAfterTheVerb_ResolvesToTheFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "La leader del partito Claudia Le Roux è stata condannata ieri dal tribunale.", "«È una decisione politica», ha detto Le Roux ai giornalisti.");

        Assert.Equal("Claudia Le Roux", analysis.SpeakerOf("È una decisione"));
    }

    [Fact]
    public void Extract_FrenchParticleSurnameBeforeTheVerb_ResolvesToTheFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "La députée Anne De Villers a été réélue dimanche dans sa circonscription.", "De Villers a déclaré : « Nous resterons unis jusqu'au bout. »");

        Assert.Equal("Anne De Villers", analysis.SpeakerOf("Nous resterons"));
    }

    [Fact]
    public void Extract_EpiceneRoleUnderTheArticleItWasIntroducedWith_ResolvesToThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il dirigente Grazia Conti ha chiarito la situazione dell'ufficio anagrafe.", "«Era giusto specificarlo sul cartello», conferma il dirigente.");

        Assert.Equal("Grazia Conti", analysis.SpeakerOf("Era giusto"));
    }

    [Fact]
    public void Extract_ASuoDire_ThePersonTheTextIsAbout()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Elena Santini ha presentato ieri il suo rapporto sul porto di Roccaverde.", "A suo dire, «i conti del porto non tornano».");

        Assert.Equal("Elena Santini", analysis.SpeakerOf("i conti"));
    }

    [Theory]
    [InlineData("Selon lui, « les comptes du port sont justes ».")]
    [InlineData("Pour lui, « les comptes du port sont justes ».")]
    [InlineData("À ses yeux, « les comptes du port sont justes ».")]
    public void Extract_FrenchStressedPronounOrPossessive_ThePersonTheTextIsAbout(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", "Julien Marchand a présenté mardi le budget du port de Villebrune.", sentence);

        Assert.Equal("Julien Marchand", analysis.SpeakerOf("les comptes"));
    }

    [Fact]
    public void Extract_SelonLuiWithTwoMenNamed_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "Julien Marchand a rencontré Paul Girard mardi au port de Villebrune.", "Selon lui, « les comptes du port sont justes ».");

        Assert.Null(analysis.SpeakerOf("les comptes"));
    }

    [Fact]
    public void Extract_RoleAppositionBeforeTheVerb_PronounResolvesToTheName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "La ministre Claire Dubreuil a présenté son plan. Le chef de l'État, Julien Marchand, a salué cette annonce. « C'est un tournant », a-t-il estimé.");

        Assert.Equal("Julien Marchand", analysis.SpeakerOf("C'est un tournant"));
    }

    [Theory]
    [InlineData("it", "«Il porto resta aperto», ha poi aggiunto Paolo Bianchi.")]
    [InlineData("it", "«Il porto resta aperto», ha anche detto Paolo Bianchi.")]
    [InlineData("it", "«Il porto resta aperto», rilancia Paolo Bianchi.")]
    [InlineData("it", "«Il porto resta aperto», ha rivelato Paolo Bianchi.")]
    [InlineData("it", "«Il porto resta aperto», ha garantito Paolo Bianchi.")]
    [InlineData("fr", "« Le port reste ouvert », a encore ajouté Paolo Bianchi.")]
    [InlineData("fr", "« Le port reste ouvert », a également souligné Paolo Bianchi.")]
    [InlineData("fr", "« Le port reste ouvert », a révélé Paolo Bianchi.")]
    [InlineData("fr", "« Le port reste ouvert », s'est réjoui Paolo Bianchi.")]
    [InlineData("fr", "« Le port reste ouvert », a salué Paolo Bianchi.")]
    public void Extract_AdverbInTheCompoundTenseOrRarerVerb_AttributesTheQuote(string language, string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, sentence);

        Assert.Equal("Paolo Bianchi", analysis.Quotes.Single().Speaker);
    }
}
