namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Frage: …?` / `Abendroth: …`: a German interview's labelled answers are the interviewee's. Invented people.</summary>
public sealed class LabelledInterviewAnswersTests
{
    [Fact]
    public void Extract_LabelledAnswersAfterFrageLabels_AreTheIntervieweesQuotes()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Fährfrau Wiebke Sommerkamp fährt seit 1998 über den Kleinfelder Hafen. Mit ihr sprach unser Redakteur.",
            "Frage: Frau Sommerkamp, wie war der Sommer?",
            "Sommerkamp: Ruhiger als sonst, weil die Fähre drei Wochen lang in der Werft lag.",
            "Frage: Und wie geht es jetzt weiter?",
            "Sommerkamp: Ab Montag fahren wir wieder jede Stunde, auch am Wochenende.");

        Assert.Equal("Wiebke Sommerkamp", analysis.SpeakerOf("Ruhiger als sonst"));
        Assert.Equal("Wiebke Sommerkamp", analysis.SpeakerOf("Ab Montag"));
    }

    [Fact]
    public void Extract_OneQuestionLabelOnly_AddsNoQuote()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Fährfrau Wiebke Sommerkamp fährt seit 1998 über den Kleinfelder Hafen.",
            "Frage: Wie war der Sommer?",
            "Sommerkamp: Ruhiger als sonst, weil die Fähre drei Wochen lang in der Werft lag.",
            "Fazit: Ab Montag fährt die Fähre wieder jede Stunde, auch am Wochenende.");

        Assert.DoesNotContain(analysis.Quotes.Concat(analysis.Mentions), q => q.Text.StartsWith("Ruhiger", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TwoAnsweringLabels_AddsNoQuote()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Fährfrau Wiebke Sommerkamp und Hafenmeister Ole Brandt streiten über den Fahrplan.",
            "Frage: Wie war der Sommer?",
            "Sommerkamp: Ruhiger als sonst, weil die Fähre drei Wochen lang in der Werft lag.",
            "Frage: Herr Brandt, sehen Sie das auch so?",
            "Brandt: Nein, im Hafen war so viel los wie seit Jahren nicht mehr.");

        Assert.DoesNotContain(analysis.Quotes.Concat(analysis.Mentions), q => q.Text.StartsWith("Nein, im Hafen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("it", "D", "Ne mancano una ventina, che in montagna vogliono dire due o tre famiglie.", "Di venire a vedere una mattina sola, in una delle nostre pluriclassi.")]
    [InlineData("es", "P", "Faltan una veintena, que en la montaña son dos o tres familias.", "Que venga a ver una sola mañana cualquiera de nuestras aulas unitarias.")]
    public void Extract_RomanceAnswersAfterQuestionLabels_AreTheIntervieweesQuotes(string language, string questionLabel, string firstAnswer, string secondAnswer)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            language,
            language == "it" ? "Intervista a Elena Castaldi, preside dell'istituto di Cimalba. Elena Castaldi dirige la scuola da dieci anni." : "Entrevista a Elena Castaldi, directora del colegio de Cimalba. Elena Castaldi dirige la escuela desde hace diez años.",
            questionLabel + ": " + (language == "it" ? "Quanti alunni mancano?" : "¿Cuántos alumnos faltan?"),
            "R: " + firstAnswer,
            questionLabel + ": " + (language == "it" ? "Cosa chiede all'assessore?" : "¿Qué pide al consejero?"),
            "R: " + secondAnswer);

        Assert.Equal("Elena Castaldi", analysis.SpeakerOf(firstAnswer[..12]));
        Assert.Equal("Elena Castaldi", analysis.SpeakerOf(secondAnswer[..12]));
    }

    [Theory]
    [InlineData("es", "P. ¿Cuántos socios tiene hoy la cooperativa?", "P. ¿Qué le pediría al ministro?")]
    [InlineData("it", "D. Quanti soci ha oggi la cooperativa?", "D. Che cosa chiede al ministro?")]
    public void Extract_AnswersAfterLetterAndFullStopLabels_AreTheIntervieweesQuotes(string language, string firstQuestion, string secondQuestion)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            language,
            language == "it" ? "Intervista a Nives Balducci, presidente della cooperativa olearia di Valcorta. Nives Balducci la guida da tre anni." : "Nieves Arcaute Lizana preside desde hace tres años la cooperativa aceitera de Valcorta.",
            firstQuestion,
            language == "it" ? "R. Quasi quattrocento, e ogni anno se ne aggiungono una ventina." : "R. Casi cuatrocientos, y cada año se suman una veintena.",
            secondQuestion,
            language == "it" ? "R. Che venga a vedere un frantoio a novembre, prima di decidere." : "R. Que venga a ver un molino en noviembre antes de decidir nada.");

        var interviewee = language == "it" ? "Nives Balducci" : "Nieves Arcaute Lizana";
        Assert.Equal(interviewee, analysis.SpeakerOf(language == "it" ? "Quasi quattrocento" : "Casi cuatrocientos"));
        Assert.Equal(interviewee, analysis.SpeakerOf(language == "it" ? "Che venga a vedere" : "Que venga a ver"));
    }

    [Fact]
    public void Extract_InitialOpeningParagraphsWithoutQuestions_AddsNoQuote()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La cooperativa aceitera de Valcorta celebró ayer su asamblea anual en el salón parroquial.",
            "J. Arcaute, socio desde hace veinte años, votó en contra de las cuentas del ejercicio.",
            "J. Lizana, su vecino de parcela, se abstuvo en la votación final de la asamblea.");

        Assert.DoesNotContain(analysis.Quotes.Concat(analysis.Mentions), q => q.Text.StartsWith("Lizana", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OneSpanishQuestionLabelOnly_AddsNoQuote()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "Elena Castaldi dirige la escuela de Cimalba desde hace diez años.",
            "P: ¿Cuántos alumnos faltan?",
            "R: Faltan una veintena, que en la montaña son dos o tres familias.",
            "Conclusión: la escuela seguirá abierta al menos un curso más, según la consejería.");

        Assert.DoesNotContain(analysis.Quotes.Concat(analysis.Mentions), q => q.Text.StartsWith("Faltan una veintena", StringComparison.Ordinal));
    }
}
