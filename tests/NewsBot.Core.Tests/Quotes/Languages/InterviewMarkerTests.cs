namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// An unattributed answer goes to the interviewee only in an article that shows itself to be an interview: it says so,
/// labels its turns, or answers more than one question. Invented people, places and outlets.
/// </summary>
public sealed class InterviewMarkerTests
{
    [Theory]
    [InlineData("es", "La directora del puerto, Inés Carvajal, visitó el martes el muelle norte.", "—¿Cuándo volverá a funcionar el transbordador?", "—El lunes, si el mar lo permite.")]
    [InlineData("pt", "A diretora do porto, Rita Valadares, visitou o cais na terça-feira.", "— Quando volta a funcionar a balsa?", "— Na segunda-feira, se o mar deixar.")]
    public void Extract_OneAnswerWithoutInterviewMarker_NoSpeaker(string language, string lead, string question, string answer)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, lead, question, answer);

        Assert.Null(analysis.SpeakerContaining(answer[2..12]));
    }

    [Theory]
    [InlineData("es", "La directora del puerto, Inés Carvajal, respondió a las preguntas de este diario en una entrevista.", "—¿Cuándo volverá a funcionar el transbordador?", "—El lunes, si el mar lo permite.")]
    [InlineData("fr", "La directrice du port, Odile Ferrant, a accordé un entretien à notre journal.", "— Quand rouvrirez-vous le bac ?", "— Dès lundi, si la mer le permet.")]
    public void Extract_AnswerInAnArticleThatSaysInterview_TheInterviewee(string language, string lead, string question, string answer)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, lead, question, answer);

        Assert.NotNull(analysis.SpeakerContaining(answer[2..12]));
    }

    [Fact]
    public void Extract_TwoAnswersWithoutTheWord_TheInterviewee()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La directora del puerto, Inés Carvajal, visitó el martes el muelle norte.",
            "—¿Cuándo volverá a funcionar el transbordador?", "—El lunes, si el mar lo permite.",
            "—¿Y los barcos de pesca?", "—Volverán en abril, con la marea alta.");

        Assert.Equal("Inés Carvajal", analysis.SpeakerContaining("Volverán en abril"));
    }

    [Fact]
    public void Extract_TitleShortensTheIntervieweesName_AnswersGetTheFullName()
    {
        var analysis = QuoteTestKit.Extract(QuoteTestKit.Article(
            "Inés Carvajal: «El transbordador vuelve el lunes»",
            "Inés Carvajal Montoro dirige desde hace doce años el puerto de Valdeluz. Nos recibe en su despacho, con vistas al muelle norte.",
            "—¿Cuándo volverá a funcionar el transbordador?", "—El lunes, si el mar lo permite.",
            "—¿Y los barcos de pesca?", "—Volverán en abril, con la marea alta."));

        Assert.Equal("Inés Carvajal Montoro", analysis.SpeakerContaining("Volverán en abril"));
    }
}
