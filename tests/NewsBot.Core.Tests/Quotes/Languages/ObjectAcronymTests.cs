using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`… descarta tocar el IVA:`: the acronym the lead's verb acts on is not who speaks. Invented text.</summary>
public sealed class ObjectAcronymTests
{
    [Theory]
    [InlineData("La consejería descarta tocar el IVA", "IVA", true)]
    [InlineData("Valdeluz recurre la OPA", "OPA", true)]
    [InlineData("Y el PP", "PP", false)]
    [InlineData("Fuentes de la ONU", "ONU", false)]
    [InlineData("La consejería descarta tocar el impuesto", "impuesto", false)]
    public void Is_WordAfterAnArticleInTheLead_TellsAnObjectAcronym(string lead, string word, bool expected)
    {
        var words = WordTokenizer.Tokenize(lead, 0, lead.Length).ToList();

        Assert.Equal(expected, ObjectAcronym.Is(words, words.Single(w => w.Text == word).Start, Spanish.Knowledge));
    }

    [Fact]
    public void Extract_ColonLeadWhoseObjectIsAnAcronym_DoesNotNameTheAcronym()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La consejería de Valdeluz descarta tocar el IVA: «Las cuentas aguantan sin subidas este año».");

        Assert.NotEqual("IVA", analysis.SpeakerOf("Las cuentas aguantan"));
    }
}
