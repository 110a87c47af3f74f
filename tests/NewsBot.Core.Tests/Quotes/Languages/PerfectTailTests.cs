using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`„…“, hat sie der Zeitung gesagt.`: the German perfect after a quote, its subject after the auxiliary. Invented people.</summary>
public sealed class PerfectTailTests
{
    [Theory]
    [InlineData("„Der Plan ist zu teuer für die kleine Stadt“, hat sie der Zeitung gesagt.", "Nora Wiesinger")]
    [InlineData("„Der Plan ist zu teuer für die kleine Stadt“, hat Quirin Lautenschläger gegenüber dem Sender erklärt.", "Quirin Lautenschläger")]
    [InlineData("„Der Plan ist zu teuer für die kleine Stadt“, hatte Quirin Lautenschläger am Montag im Rat betont.", "Quirin Lautenschläger")]
    public void Extract_PerfectAfterTheQuote_SubjectAfterTheAuxiliary(string paragraph, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Nora Wiesinger äußerte sich am Montag im Rat.", paragraph, "Die Sitzung endete am Abend.");

        Assert.Equal(speaker, analysis.SpeakerOf("Der Plan ist"));
    }

    [Theory]
    [InlineData(", hat sie der Zeitung gesagt.", true)]
    [InlineData(", hat die Stadt den Plan beschlossen.", false)]
    [InlineData(", sagte sie der Zeitung.", false)]
    public void Opens_TailWords_OnlyAnAuxiliaryClosedByAReportingParticiple(string tail, bool expected)
    {
        var words = WordTokenizer.Tokenize(tail, 0, tail.Length);

        Assert.Equal(expected, PerfectTail.Opens(tail, words, German.Knowledge));
    }

    [Fact]
    public void Opens_FrenchTail_False()
    {
        const string tail = ", a dit Marie Dupont.";

        Assert.False(PerfectTail.Opens(tail, WordTokenizer.Tokenize(tail, 0, tail.Length), French.Knowledge));
    }
}
