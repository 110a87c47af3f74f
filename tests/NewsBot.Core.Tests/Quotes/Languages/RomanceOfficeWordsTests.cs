namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Offices in other words and Italian wire sources after the quote: `la portavoz` for the one introduced as `la vocera`,
/// `el mandatario local` for the mayor (not for a president of something else), `«…». Queste le parole di X`. Invented people.
/// </summary>
public sealed class RomanceOfficeWordsTests
{
    [Fact]
    public void Extract_PortavozAfterAnotherWomansQuote_TheOneCalledVocera()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La vocera de Gobierno, Amparo Villalobos Ruiz, defendió el plan de vivienda ante la prensa.",
            "La presidenta del comité de vecinos, Teresa Maturana, relató su caso. «Llevo nueve años esperando», contó Maturana.",
            "Consultada por estas declaraciones, la portavoz aseguró que «cada caso será atendido».");

        Assert.Equal("Amparo Villalobos Ruiz", analysis.SpeakerOf("cada caso será"));
    }

    [Fact]
    public void Extract_MandatarioLocal_TheMayorNotThePresidentOfAnAssociation()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "«El río se muere», explicó Octavio Cifuentes Lara, presidente de la asociación de pescadores.",
            "El alcalde, Rubén Darío Mosquera, declaró la emergencia sanitaria. «Pedimos a la gente que no consuma pescado», dijo el mandatario local.");

        Assert.Equal("Rubén Darío Mosquera", analysis.SpeakerOf("Pedimos a la gente"));
    }

    [Fact]
    public void Extract_QuesteLeParoleDi_TheNamedSource()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Sulla stessa linea il segretario dei Verdi Uniti, Ottavio Scarpellin. «La giunta racconta una città che non esiste». Queste le parole di Scarpellin a margine del presidio.");

        Assert.Equal("Ottavio Scarpellin", analysis.SpeakerOf("La giunta racconta"));
    }
}
