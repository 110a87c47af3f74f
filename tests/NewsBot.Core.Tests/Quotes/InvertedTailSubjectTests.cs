using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `“…,” stated Holm. While he agrees that the “…”`: the man named after the verb that closes a quote is the subject of that
/// sentence, so the `he` after him is him, not the man the paragraph opened with. Invented people.
/// </summary>
public sealed class InvertedTailSubjectTests
{
    [Fact]
    public void Extract_PronounAfterAnInvertedTail_TheManNamedAfterTheVerb()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "Tomas Berglund has sailed for the harbour board for six years. Erik Holm joined the board last spring.",
            "Berglund says the winter timetable suits the crews, which makes it “a better deal for the smaller boats,” he said. "
            + "“The timetable is a question for every crew,” stated Holm. "
            + "While he agrees that the “crews will work longer hours in the dark months,” the board sees no danger in it.");

        Assert.Equal("Erik Holm", analysis.SpeakerContaining("crews will work longer hours"));
    }
}
