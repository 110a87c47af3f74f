namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A role with its complement before an inverted subject's name (`è intervenuta l'assessora ai Lavori pubblici, X`) still
/// makes X the clause's subject, so a later dropped subject continues X, not the person quoted before. Invented people.
/// </summary>
public sealed class RoleComplementAppositionTests
{
    [Theory]
    [InlineData("it", "Ornella Cavazzi, titolare di un forno, è esasperata: «Vendo la metà del pane».", "Sul tema è intervenuta anche l'assessora ai Lavori pubblici, Chiara Benvenuti.", "«L'impresa lavorerà anche il sabato», ha assicurato.")]
    [InlineData("it", "Ornella Cavazzi, titolare di un forno, è esasperata: «Vendo la metà del pane».", "In serata è intervenuto il consigliere alla mobilità, Chiara Benvenuti.", "«L'impresa lavorerà anche il sabato», ha assicurato.")]
    [InlineData("es", "Ornella Cavazzi, dueña de una panadería, está harta: «Vendo la mitad del pan».", "Sobre el asunto habló la concejala de obras públicas, Chiara Benvenuti.", "«La empresa trabajará también los sábados», aseguró.")]
    [InlineData("pt", "Ornella Cavazzi, dona de uma padaria, está farta: “Vendo metade do pão”.", "Sobre o tema falou a vereadora de obras públicas, Chiara Benvenuti.", "“A empresa vai trabalhar também aos sábados”, garantiu.")]
    public void Extract_DroppedSubjectAfterAnInvertedRoleWithComplement_ThatSubject(string language, string before, string lead, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, lead + " " + quote);

        Assert.Equal("Chiara Benvenuti", analysis.SpeakerContaining("mpresa"));
    }

    [Fact]
    public void Extract_RoleWithComplementAsTheObject_DroppedSubjectStaysWithTheSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Ornella Cavazzi ha incontrato ieri l'assessora ai Lavori pubblici, Chiara Benvenuti. «Vendo la metà del pane», ha spiegato.");

        Assert.NotEqual("Chiara Benvenuti", analysis.SpeakerOf("Vendo la metà"));
    }
}
