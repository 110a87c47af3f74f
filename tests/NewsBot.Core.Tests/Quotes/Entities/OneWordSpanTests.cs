using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

/// <summary>One capitalised word alone, read through the shared lexicons: invented names against listed words.</summary>
public sealed class OneWordSpanTests
{
    [Theory]
    [InlineData("Leeds", "en", nameof(EntityKind.Place))]
    [InlineData("British", "en", nameof(EntityKind.Demonym))]
    [InlineData("Will", "en", nameof(EntityKind.CommonNoun))]
    [InlineData("Dennoch", "de", nameof(EntityKind.CommonNoun))]
    public void Classify_ListedWord_KindOfTheList(string word, string language, string expected)
    {
        var guess = OneWordSpan.Classify(Shape(word, language), language);

        Assert.Equal(expected, guess.Kind.ToString());
    }

    [Fact]
    public void Classify_UnlistedSurnameShapedWord_PersonButNotSure()
    {
        var guess = OneWordSpan.Classify(Shape("Halloway", "en"), "en");

        Assert.Equal(EntityKind.Person, guess.Kind);
        Assert.InRange(guess.Confidence, 0.4, 0.8);
    }

    [Fact]
    public void Classify_UnknownWordLongerThanNameLists_Unknown()
    {
        var guess = OneWordSpan.Classify(Shape("Quaxelbrundtwort", "en"), "en");

        Assert.Equal(EntityKind.Unknown, guess.Kind);
    }

    private static SpanShape Shape(string word, string language) => SpanShape.Of(EntityLexicon.Shared, [word], language);
}
