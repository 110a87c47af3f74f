using NewsBot.Core.Quotes;
using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A wire story's dateline with its date and agency (`VALBOURG, 14 nov (APN) –`). Invented places, agencies and people.</summary>
public sealed class WireDatelineTests
{
    [Theory]
    [InlineData("VALBOURG, 14 nov (APN) – Le ministre a parlé.", "Le ministre")]
    [InlineData("PORTOLUNGO, 3 mar (Agenzia Nord) - Il ministro ha parlato.", "Il ministro")]
    [InlineData("SANTA LUZ, 2 abr (ABN).- El ministro habló.", "El ministro")]
    [InlineData("VALBOURG (APN) – Le ministre a parlé.", "Le ministre")]
    [InlineData("VALBOURG – Le ministre a parlé.", "Le ministre")]
    public void EndAt_WireDateline_WhereTheSentenceStarts(string text, string sentenceOpening)
    {
        Assert.Equal(text.IndexOf(sentenceOpening, StringComparison.Ordinal), WireDateline.EndAt(text, 0));
    }

    [Theory]
    [InlineData("ONU - Les experts se réunissent.")]
    [InlineData("NASA, the agency, said it would wait.")]
    [InlineData("Valbourg, 14 nov (APN) – Le ministre a parlé.")]
    [InlineData("JUAN PÉREZ, 45 años, vecino del barrio.")]
    public void EndAt_NoDateline_MinusOne(string text)
    {
        Assert.Equal(-1, WireDateline.EndAt(text, 0));
    }

    [Fact]
    public void EndAt_InsideAParagraph_MinusOne()
    {
        const string text = "Le texte cite VALBOURG, 14 nov (APN) – pour mémoire.";

        Assert.Equal(-1, WireDateline.EndAt(text, text.IndexOf("VALBOURG", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_DescriptionAfterWireDateline_TheMinisterNotThePlace()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "VILA SERENA, 19 nov (ANS) – O ministro das Obras Públicas, Rui Valadares Pinto, visitou hoje as obras da nova ponte sobre o rio.",
            "«Compreendo a impaciência das pessoas, mas a ponte abre no verão e não antes», afirmou o governante aos jornalistas.");

        Assert.Equal("Rui Valadares Pinto", analysis.SpeakerContaining("impaciência"));
    }
}
