using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Speech verbs on an irregular root with a prefix (`repuso`, `interveio`, `intervenne`, `soutenait`). Invented people.</summary>
public sealed class RomancePrefixedVerbsTests
{
    [Theory]
    [InlineData("es", "“El puerto seguirá abierto”, repuso Luis Romero.", "Luis Romero")]
    [InlineData("es", "“El puerto seguirá abierto”, intervino Luis Romero.", "Luis Romero")]
    [InlineData("pt", "“O porto vai continuar aberto”, interveio Rui Matos.", "Rui Matos")]
    [InlineData("it", "«Il porto resterà aperto», intervenne Marco Bellini.", "Marco Bellini")]
    [InlineData("it", "«Il porto resterà aperto», ha esposto Marco Bellini.", "Marco Bellini")]
    [InlineData("fr", "« Le port restera ouvert », soutenait Marc Dubois.", "Marc Dubois")]
    [InlineData("fr", "« Le port restera ouvert », intervient Marc Dubois.", "Marc Dubois")]
    public void Extract_TailWithAPrefixedIrregularVerb_TheNamedSubject(string language, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, quote);

        Assert.Equal(speaker, analysis.Quotes.Single().Speaker);
    }

    [Theory]
    [InlineData("es", "sostuvieron")]
    [InlineData("es", "predijo")]
    [InlineData("pt", "mantiveram")]
    [InlineData("it", "contraddisse")]
    [InlineData("fr", "maintenaient")]
    public void Forms_PrefixAndRootForm_Included(string language, string form) =>
        Assert.Contains(form, RomancePrefixedVerbs.Forms(language));

    [Fact]
    public void Forms_LanguageWithoutATable_Empty() => Assert.Empty(RomancePrefixedVerbs.Forms("de"));
}
