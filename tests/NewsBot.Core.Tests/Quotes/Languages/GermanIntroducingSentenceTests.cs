namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A long sentence that opens with its subject and introduces the quote after it, no verb of saying. Invented people.</summary>
public sealed class GermanIntroducingSentenceTests
{
    [Fact]
    public void Extract_SubjectOpensALongSentenceBeforeTheQuote_ThatSubjectShown()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Jonas Weber, der die Kleinfelder Landjugend auf dem Treffen mit dem Ministerium vertrat, zeigte sich im Nachgang optimistisch, "
            + "dass diese Hürden in den kommenden Monaten gemeinsam mit den Verbänden genommen werden können. "
            + "„Wenn der politische Wille da ist, lassen sich diese Fragen aus meiner Sicht lösen.“");

        Assert.Equal("Jonas Weber", analysis.SpeakerOf("Wenn der politische"));
    }
}
