using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

/// <summary>Classify through the shared lexicons, on invented names and phrases in the six languages.</summary>
public sealed class SpanClassifierTests
{
    private const double Sure = 0.6;

    [Theory]
    [InlineData("Mara Lindqvist", "en")]
    [InlineData("Owen Baptiste", "en")]
    [InlineData("Prime Minister Keir Halloway", "en")]
    [InlineData("Dr Lindqvist", "en")]
    [InlineData("Friedrich Wendtland", "de")]
    [InlineData("Ursula von der Brenken", "de")]
    [InlineData("Jean-Luc Marchetot", "fr")]
    [InlineData("María Fernández Ocaña", "es")]
    [InlineData("Giulia Brambillone", "it")]
    [InlineData("João Carvalhosa", "pt")]
    [InlineData("Kwabena Oduya", "en")]
    [InlineData("Former Harbour Gov. Mara Lindqvist", "en")]
    [InlineData("Democrat Owen Baptiste", "en")]
    [InlineData("Northfield Courier’s Ada Holm", "en")]
    [InlineData("Andrés Santander", "es")]
    public void Classify_PersonName_PersonAboveThreshold(string span, string language)
    {
        var guess = Classify(span, language);

        Assert.Equal(EntityKind.Person, guess.Kind);
        Assert.True(guess.Confidence >= Sure, $"{span}: {guess}");
    }

    [Theory]
    [InlineData("Leeds", "en", nameof(EntityKind.Place))]
    [InlineData("New York", "en", nameof(EntityKind.Place))]
    [InlineData("Buenos Aires", "es", nameof(EntityKind.Place))]
    [InlineData("Nordrhein-Westfalen", "de", nameof(EntityKind.Place))]
    [InlineData("British-Israeli", "en", nameof(EntityKind.Demonym))]
    [InlineData("British", "en", nameof(EntityKind.Demonym))]
    [InlineData("Deutschen", "de", nameof(EntityKind.Demonym))]
    [InlineData("Truth Social", "en", nameof(EntityKind.Platform))]
    [InlineData("Telegram", "de", nameof(EntityKind.Platform))]
    [InlineData("the Swedish brochure", "en", nameof(EntityKind.Document))]
    [InlineData("Harbour Council", "en", nameof(EntityKind.Organisation))]
    [InlineData("Ministerium für Verkehr", "de", nameof(EntityKind.Organisation))]
    [InlineData("Northfield Logistik GmbH", "de", nameof(EntityKind.Organisation))]
    [InlineData("Partido Verde", "es", nameof(EntityKind.Organisation))]
    [InlineData("Ministério da Saúde", "pt", nameof(EntityKind.Organisation))]
    [InlineData("NATO", "en", nameof(EntityKind.Organisation))]
    [InlineData("Innenministerium", "de", nameof(EntityKind.Organisation))]
    [InlineData("Landesregierung Nordstadt", "de", nameof(EntityKind.Organisation))]
    [InlineData("Deutsche Post", "de", nameof(EntityKind.Organisation))]
    [InlineData("Hay", "es", nameof(EntityKind.CommonNoun))]
    [InlineData("Según", "es", nameof(EntityKind.CommonNoun))]
    [InlineData("Ma", "it", nameof(EntityKind.CommonNoun))]
    [InlineData("È", "it", nameof(EntityKind.CommonNoun))]
    [InlineData("Cependant", "fr", nameof(EntityKind.CommonNoun))]
    [InlineData("Afirmou", "pt", nameof(EntityKind.CommonNoun))]
    [InlineData("They’re", "en", nameof(EntityKind.CommonNoun))]
    [InlineData("Others", "en", nameof(EntityKind.CommonNoun))]
    [InlineData("Dennoch", "de", nameof(EntityKind.CommonNoun))]
    [InlineData("Spiele", "de", nameof(EntityKind.CommonNoun))]
    [InlineData("Regierung", "de", nameof(EntityKind.Organisation))]
    [InlineData("E", "pt", nameof(EntityKind.CommonNoun))]
    [InlineData("Sprecherin", "de", nameof(EntityKind.CommonNoun))]
    [InlineData("Prime Minister", "en", nameof(EntityKind.CommonNoun))]
    [InlineData("Leeds Energy", "en", nameof(EntityKind.Organisation))]
    [InlineData("Leeds Valley", "en", nameof(EntityKind.Place))]
    public void Classify_NotAPerson_ItsKind(string span, string language, string expected)
    {
        var guess = Classify(span, language);

        Assert.Equal(Enum.Parse<EntityKind>(expected), guess.Kind);
        Assert.True(guess.Confidence >= Sure, $"{span}: {guess}");
    }

    [Theory]
    [InlineData("Will", "en")]
    [InlineData("Judge", "en")]
    [InlineData("Koch", "de")]
    public void Classify_WordThatIsAlsoAName_PersonBelowThreshold(string span, string language)
    {
        var guess = Classify(span, language);

        Assert.False(guess.Kind == EntityKind.Person && guess.Confidence >= Sure, $"{span}: {guess}");
    }

    [Fact]
    public void Classify_GivenNameThenWordThatIsAName_Person()
    {
        var guess = Classify("Will Young", "en");

        Assert.Equal(EntityKind.Person, guess.Kind);
        Assert.True(guess.Confidence >= Sure, guess.ToString());
    }

    [Fact]
    public void Classify_UnknownCapitalisedWord_PersonAsAGuess()
    {
        var guess = Classify("Halloway", "en");

        Assert.Equal(EntityKind.Person, guess.Kind);
        Assert.InRange(guess.Confidence, 0.5, Sure - 0.01);
    }

    [Fact]
    public void Classify_ArticleBeforeAName_LessSure() =>
        Assert.True(Classify("the Lindqvists", "en").Confidence < Classify("Lindqvist", "en").Confidence);

    [Fact]
    public void Classify_NoWords_Unknown() =>
        Assert.Equal(EntityKind.Unknown, EntityLexicon.Shared.Classify([], "en").Kind);

    private static EntityGuess Classify(string span, string language) =>
        EntityLexicon.Shared.Classify(span.Split(' '), language);
}
