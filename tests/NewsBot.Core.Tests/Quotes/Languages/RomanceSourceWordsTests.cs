namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Lexicon entries of rom20: Italian `fanno sapere da X che`, Spanish person nouns (`el volante`) for the person followed. Invented people.</summary>
public sealed class RomanceSourceWordsTests
{
    [Fact]
    public void Extract_FannoSapereDaOffice_NamesTheOffice()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«Il governo non prende lezioni da nessuno», ha detto il premier, Sergio Lanfredi, a margine di un convegno.",
            "Fanno sapere da Palazzo Chigi che «l'incontro ci sarà, ma alle condizioni della legge quadro».");

        Assert.Equal("Palazzo Chigi", analysis.SpeakerOf("l'incontro ci sarà"));
    }

    [Fact]
    public void Extract_FootballPersonNounAfterNamedSubject_NamesThePlayer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El entrenador, Gonzalo Berrutti, celebró el pase a la final. «Este grupo se merecía una noche así», dijo Berrutti.",
            "Del lado rival, el capitán Renzo Alvarado fue autocrítico. «Nos faltó cabeza en los últimos diez minutos», reconoció el volante.");

        Assert.Equal("Renzo Alvarado", analysis.SpeakerOf("Nos faltó cabeza"));
    }
}
