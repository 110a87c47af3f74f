namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A sentence that opens with a subordinate clause names its main subject after the clause's comma: the person inside the
/// clause is someone else. Invented people, in every continental language.
/// </summary>
public sealed class SubordinateClauseTests
{
    [Theory]
    [InlineData("de", "Nachdem Jonas Weber gegangen war, meldete sich Anke Vogel zu Wort: „Wir öffnen den Hafen im Frühling, egal was passiert.“", "Anke Vogel")]
    [InlineData("fr", "Quand Luc Marchand est parti, Claire Fontaine a pris la parole : « Nous rouvrirons le port au printemps, quoi qu’il arrive. »", "Claire Fontaine")]
    [InlineData("es", "Cuando Luis Romero se fue, Ana Pérez tomó la palabra: “Vamos a reabrir el puerto en primavera, pase lo que pase.”", "Ana Pérez")]
    [InlineData("it", "Quando Paolo Bianchi è uscito, Giulia Neri ha preso la parola: «Riapriremo il porto in primavera, qualunque cosa accada.»", "Giulia Neri")]
    [InlineData("pt", "Quando João Costa saiu, Ana Souza tomou a palavra: “Vamos reabrir o porto na primavera, aconteça o que acontecer.”", "Ana Souza")]
    public void Extract_ColonAfterSubordinateClause_TheMainClauseSubject(string language, string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, sentence);

        Assert.Equal(speaker, Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_SentenceBeforeOpensWithSubordinateClause_NotItsPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Wenn Gesine Tarnow über den Hafen spricht, wird es still im Saal. „Es war eine harte Zeit für uns alle.“");

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Auch Friedhelm Ostrau sagte damals: „Wer hier arbeiten will, ist willkommen, egal woher er kommt.“")]
    [InlineData("Nachdem der Rat getagt hatte, sagte Friedhelm Ostrau: „Wer hier arbeiten will, ist willkommen, egal woher er kommt.“")]
    public void Extract_FunctionWordBeforeTheName_NoRole(string sentence)
    {
        var quote = Assert.Single(ContinentalAttributionKit.ExtractIn("de", sentence).Quotes);

        Assert.Equal("Friedhelm Ostrau", quote.Speaker);
        Assert.Null(quote.SpeakerRole);
    }
}
