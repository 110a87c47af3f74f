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
}
