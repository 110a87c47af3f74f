namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// The Italian and Portuguese reporting forms issue 11 names, each in one invented council story (the same forms French and
/// Spanish tests hold): Italian passato prossimo and present after the quote (`ha detto il sindaco X`, `spiega X`, `sottolinea
/// il primo cittadino`, `commenta X`, `ha aggiunto X`, `ha sottolineato X`, `aggiunge il sindaco`, `ha detto lei`), `secondo X`,
/// `Per X, «…»`, wire copy's `«…». Così X` and `«…». A dirlo è X`; Portuguese `afirmou o prefeito X`, `disse X`, `segundo X`,
/// `de acordo com X`, `declarou X à imprensa`, `disse ela`, `Para X, “…”`, `acrescentou X`. Invented people.
/// </summary>
public sealed class ItalianPortugueseVerbTests
{
    private static readonly string[] Italian =
    [
        "Il sindaco Paolo Ferri ha presentato ieri il progetto del nuovo parcheggio in piazza Garibaldi.",
        "«Il cantiere partirà a settembre», ha detto il sindaco Paolo Ferri.",
        "«Abbiamo trovato i fondi senza aumentare le tasse», spiega Ferri.",
        "«Non ci saranno disagi per i commercianti», sottolinea il primo cittadino.",
        "Secondo Marta Lenzi, presidente dei commercianti, «il progetto arriva troppo tardi».",
        "«Serviva dieci anni fa», commenta Lenzi.",
        "«Vogliamo essere ascoltati prima dei lavori». Così Marta Lenzi, al termine dell'incontro.",
        "«I parcheggi in centro sono pochi». A dirlo è Giulio Sarti, consigliere di opposizione.",
        "«Il costo è troppo alto», ha aggiunto Sarti.",
        "Per Sarti, «serve un referendum cittadino».",
        "«Siamo pronti a discutere con tutti», ha sottolineato Ferri.",
        "«Ne parleremo in consiglio comunale», aggiunge il sindaco.",
        "Lei, Marta Lenzi, non è convinta. «Aspettiamo i fatti», ha detto lei.",
    ];

    private static readonly string[] Portuguese =
    [
        "O prefeito Paulo Ferreira apresentou ontem o projeto do novo estacionamento na praça central.",
        "“A obra começa em setembro”, afirmou o prefeito Paulo Ferreira.",
        "“Encontramos os recursos sem aumentar impostos”, disse Ferreira.",
        "Segundo Marta Lemos, presidente da associação comercial, “o projeto chega tarde demais”.",
        "De acordo com Marta Lemos, “o comércio vai sofrer durante a obra”.",
        "“Precisávamos disso há dez anos”, declarou Lemos à imprensa.",
        "“Queremos ser ouvidos antes das obras”, disse ela.",
        "“O custo é alto demais”, afirmou o vereador Júlio Santos, da oposição.",
        "Para Santos, “é preciso um referendo”.",
        "“Vamos discutir na câmara”, acrescentou Ferreira.",
    ];

    [Theory]
    [InlineData("Il cantiere", "Paolo Ferri")]
    [InlineData("Abbiamo trovato", "Paolo Ferri")]
    [InlineData("Non ci saranno", "Paolo Ferri")]
    [InlineData("il progetto arriva", "Marta Lenzi")]
    [InlineData("Serviva", "Marta Lenzi")]
    [InlineData("Vogliamo essere", "Marta Lenzi")]
    [InlineData("I parcheggi", "Giulio Sarti")]
    [InlineData("Il costo", "Giulio Sarti")]
    [InlineData("serve un referendum", "Giulio Sarti")]
    [InlineData("Siamo pronti", "Paolo Ferri")]
    [InlineData("Ne parleremo", "Paolo Ferri")]
    [InlineData("Aspettiamo", "Marta Lenzi")]
    public void Extract_ItalianReportingForm_ItsSpeaker(string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", Italian);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("A obra", "Paulo Ferreira")]
    [InlineData("Encontramos", "Paulo Ferreira")]
    [InlineData("o projeto chega", "Marta Lemos")]
    [InlineData("o comércio", "Marta Lemos")]
    [InlineData("Precisávamos", "Marta Lemos")]
    [InlineData("Queremos", "Marta Lemos")]
    [InlineData("O custo", "Júlio Santos")]
    [InlineData("é preciso", "Júlio Santos")]
    [InlineData("Vamos discutir", "Paulo Ferreira")]
    public void Extract_PortugueseReportingForm_ItsSpeaker(string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", Portuguese);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }
}
