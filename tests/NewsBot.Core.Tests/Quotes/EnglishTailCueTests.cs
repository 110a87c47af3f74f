using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The English cue after a quote: who the tail names, and the tails that report something else. Invented people.</summary>
public sealed class EnglishTailCueTests
{
    [Fact]
    public void Find_NameBeforeSaid_NamesTheSubjectWhereItStands()
    {
        const string text = "“The ferry runs at dawn,” Mira Vale said.";

        var cue = TailCue(text);

        Assert.NotNull(cue);
        Assert.Equal(CandidateKind.Name, cue.Kind);
        Assert.Equal("Vale", cue.Words[^1]);
        Assert.Equal(text.IndexOf("Mira", StringComparison.Ordinal), cue.Position);
    }

    [Fact]
    public void Find_SaidBeforeName_NamesTheInvertedSubject()
    {
        const string text = "“The ferry runs at dawn,” said Mira Vale.";

        var cue = TailCue(text);

        Assert.NotNull(cue);
        Assert.Equal("Vale", cue.Words[^1]);
        Assert.Equal(text.IndexOf("Mira", StringComparison.Ordinal), cue.Position);
    }

    [Fact]
    public void Find_DashBeforeName_NamesTheSigner()
    {
        const string text = "“The ferry runs at dawn.” — Mira Vale";

        var cue = TailCue(text);

        Assert.NotNull(cue);
        Assert.Equal("Vale", cue.Words[^1]);
    }

    [Fact]
    public void Find_NewSentenceReportingSomethingElse_Null()
    {
        Assert.Null(TailCue("“The ferry runs at dawn.” Vale said he does support the new timetable."));
    }

    [Fact]
    public void Find_ColonHandsTheNextQuoteOn_Null()
    {
        Assert.Null(TailCue("“The ferry runs at dawn.” Mira Vale agreed: “It always has.”"));
    }

    [Fact]
    public void Find_TailWithoutReportingVerb_Null()
    {
        Assert.Null(TailCue("“The ferry runs at dawn.” The harbour was quiet."));
    }

    [Fact]
    public void Find_NothingAfterTheQuote_Null()
    {
        Assert.Null(TailCue("“The ferry runs at dawn.”"));
    }

    private static SpeakerCandidate? TailCue(string text)
    {
        var article = new ArticleParts(text);
        var cue = new EnglishTailCue(text, article.Paragraphs, article.Segments, article.Subjects());
        return cue.Find(article.Context(0).Tail, article.TailWords(0), 0);
    }
}
