namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `sagte die ehemalige Bürgermeisterin`, `disse o antigo ministro`: a dated or ranked office is another office than the one the
/// speaker before holds, so it is no one unless the article gave someone that office with that word. Invented people.
/// </summary>
public sealed class DatedOfficeDescriptionTests
{
    [Theory]
    [InlineData("de", "Bürgermeisterin Greta Lindqvist verteidigte die Gebühren. „Wir haben keine andere Wahl“, sagte Lindqvist.", "„Das ist eine Steuer für die Ärmsten“, sagte die ehemalige Bürgermeisterin.")]
    [InlineData("pt", "O ministro dos Transportes, Duarte Vilanova, defendeu as taxas. “Não temos outra saída”, disse Vilanova.", "“É um imposto sobre os mais pobres”, disse o antigo ministro.")]
    [InlineData("es", "El ministro de Transportes, Duarte Villanueva, defendió las tarifas. “No tenemos otra salida”, dijo Villanueva.", "“Es un impuesto a los más pobres”, dijo el ministro adjunto.")]
    public void Extract_DatedOfficeAfterTheHoldersQuote_SpeakerIsNull(string language, string before, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.NotNull(analysis.Quotes[0].Speaker);
        Assert.Null(analysis.Quotes[1].Speaker);
    }

    [Fact]
    public void Extract_DatedOfficeTheArticleGaveSomeone_GivesThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Bürgermeisterin Greta Lindqvist verteidigte die Gebühren. Die ehemalige Bürgermeisterin Ilse Marwitz widersprach.",
            "„Das ist eine Steuer für die Ärmsten“, sagte die ehemalige Bürgermeisterin.");

        Assert.Equal("Ilse Marwitz", analysis.SpeakerOf("Das ist eine"));
    }
}
