namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>French cues: inversion with `-t-`, compound tenses, `selon`, `pour elle`, roles in apposition, incises. Invented people.</summary>
public sealed class FrenchTests
{
    [Theory]
    [InlineData("« Le port restera ouvert », a déclaré Marie Dupont.")]
    [InlineData("« Le port restera ouvert », affirme Marie Dupont.")]
    [InlineData("« Le port restera ouvert », a-t-elle déclaré.")]
    [InlineData("« Le port restera ouvert », affirme-t-elle.")]
    [InlineData("Selon Marie Dupont, « le port restera ouvert ».")]
    [InlineData("Pour elle, « le port restera ouvert ».")]
    [InlineData("Elle affirme : « Le port restera ouvert. »")]
    [InlineData("« Le port restera ouvert », rappelle Marie Dupont.")]
    [InlineData("« Le port restera ouvert », concède Marie Dupont.")]
    [InlineData("« Le port restera ouvert », réitère-t-elle.")]
    [InlineData("« Le port restera ouvert », a rapporté Marie Dupont.")]
    [InlineData("« Le port restera ouvert », réagit Marie Dupont.")]
    public void Extract_FrenchCue_AttributesTheQuote(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", "Marie Dupont a visité le port lundi.", sentence);

        Assert.Equal("Marie Dupont", analysis.Quotes.Single(q => q.Text.Contains("restera ouvert", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_RoleThenNameInApposition_SpeakerIsTheName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", "« Le bac reprendra en mai », a indiqué la porte-parole du gouvernement, Claire Martin.");

        Assert.Equal("Claire Martin", analysis.SpeakerOf("Le bac"));
    }

    [Fact]
    public void Extract_InciseInsideTheMarks_SplitsTheQuoteAndAttributesBothHalves()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "Marie Dupont a visité le port lundi.", "« Le port restera ouvert, affirme-t-elle. Nous ne fermerons aucun quai cet hiver. »");

        Assert.Equal("Le port restera ouvert", analysis.Quotes.Single(q => q.Text.StartsWith("Le port", StringComparison.Ordinal)).Text);
        Assert.Equal("Marie Dupont", analysis.SpeakerOf("Le port"));
        Assert.Equal("Marie Dupont", analysis.SpeakerOf("Nous ne fermerons"));
    }

    [Fact]
    public void Extract_AnonymousSource_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", "« Le port restera fermé tout l’hiver », a ajouté un élu de la droite.");

        Assert.Null(analysis.SpeakerOf("Le port"));
    }

    [Fact]
    public void Extract_IlAfterJean_TheGivenNameWhoseGenderDiffersByLanguageStaysOpen()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", "Jean Moreau a visité le port lundi.", "« Nous cuisons depuis cinq heures », a-t-il dit.");

        Assert.Equal("Jean Moreau", analysis.SpeakerOf("Nous cuisons"));
    }
}
