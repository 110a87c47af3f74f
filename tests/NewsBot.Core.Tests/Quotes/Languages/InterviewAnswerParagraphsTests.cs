namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Printed interviews: plain question paragraphs, each answered by a paragraph of nothing but a quotation. The answers are the
/// interviewee's, even after a question that names someone else; a quoted question is a reported dialogue and one rhetorical
/// question makes no interview. Invented people.
/// </summary>
public sealed class InterviewAnswerParagraphsTests
{
    [Fact]
    public void Extract_QuotedAnswersAfterPlainQuestions_GoToTheInterviewee()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Greta Lindqvist leitet seit drei Jahren die Fährgesellschaft. Wir sprachen mit der 52-Jährigen über den Winter.",
            "Frau Lindqvist, wie oft fällt die Fähre aus?",
            "„Im Januar an elf Tagen. So schlimm war es noch nie.“",
            "Woran liegt das?",
            "„An den Stürmen und an einem Motor, der seit Wochen in der Werft steht.“");

        Assert.Equal("Greta Lindqvist", analysis.SpeakerOf("Im Januar"));
        Assert.Equal("Greta Lindqvist", analysis.SpeakerOf("An den Stürmen"));
    }

    [Fact]
    public void Extract_QuotedParagraphAfterAQuotedQuestion_IsNoInterviewAnswer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Greta Lindqvist leitet seit drei Jahren die Fährgesellschaft.",
            "„Wann fährt die nächste Fähre?“",
            "„Das weiß heute niemand.“",
            "„Und morgen?“",
            "„Auch nicht.“");

        Assert.Null(analysis.SpeakerOf("Das weiß heute"));
    }

    [Fact]
    public void Extract_ItalianAnswersAfterQuestionParagraphs_TheInterviewee()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "La presidente del consorzio Acque Alte, Serena Valdambrini, risponde alle nostre domande.",
            "Presidente Valdambrini, la Regione dice che i fondi non ci sono.",
            "«Li abbiamo trovati noi, con un mutuo di dieci anni».",
            "Quando finiranno i lavori?",
            "«Entro l'estate, se non piove troppo in primavera».",
            "Il sindaco Piero Lucchesi la accusa di ritardi. Cosa risponde?",
            "«Che venga a vedere il cantiere quando vuole».");

        Assert.Equal("Serena Valdambrini", analysis.SpeakerOf("Li abbiamo trovati"));
        Assert.Equal("Serena Valdambrini", analysis.SpeakerOf("Entro l'estate"));
        Assert.Equal("Serena Valdambrini", analysis.SpeakerOf("Che venga a vedere"));
    }

    [Fact]
    public void Extract_SpanishAnswersAfterQuestionParagraphs_TheInterviewee()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La directora del hospital comarcal, Elvira Santamaría Oller, atiende a este diario en su despacho.",
            "¿Faltan médicos en urgencias?",
            "«Faltan doce, y este verano no vendrá ninguno de refuerzo».",
            "¿Qué le pide a la consejería?",
            "«Que pague las guardias como las paga el resto del país».");

        Assert.Equal("Elvira Santamaría Oller", analysis.SpeakerOf("Faltan doce"));
        Assert.Equal("Elvira Santamaría Oller", analysis.SpeakerOf("Que pague las guardias"));
    }

    [Fact]
    public void Extract_OneRhetoricalQuestionBeforeAQuoteParagraph_NotGivenToTheFirstPersonNamed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Serena Valdambrini guida il consorzio Acque Alte da tre anni e ieri ha presentato il bilancio.",
            "Chi pagherà il conto dei lavori?",
            "«I soliti noti, come sempre».");

        Assert.NotEqual("Serena Valdambrini", analysis.SpeakerOf("I soliti noti"));
    }
}
