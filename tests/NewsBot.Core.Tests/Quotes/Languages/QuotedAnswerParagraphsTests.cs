namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Printed interviews: a plain question paragraph, then the answer quoted in a paragraph of its own. Invented people.</summary>
public sealed class QuotedAnswerParagraphsTests
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
}
