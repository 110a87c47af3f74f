using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The English cue before a quote: the reporting verb's subject, an inverted `Said X`, an unnamed describer. Invented people.</summary>
public sealed class EnglishLeadCueTests
{
    [Fact]
    public void Find_NameSaidColon_NamesTheSubjectWhereItStands()
    {
        const string text = "Mira Vale said: “The ferry runs at dawn.”";

        var cue = LeadCue(text);

        Assert.NotNull(cue);
        Assert.Equal(CandidateKind.Name, cue.Kind);
        Assert.Equal("Vale", cue.Words[^1]);
        Assert.Equal(0, cue.Position);
    }

    [Fact]
    public void Find_SaidOpensTheLead_NamesTheNameAfterIt()
    {
        const string text = "Said Mira Vale, “The ferry runs at dawn.”";

        var cue = LeadCue(text);

        Assert.NotNull(cue);
        Assert.Equal("Vale", cue.Words[^1]);
        Assert.Equal(text.IndexOf("Mira", StringComparison.Ordinal), cue.Position);
    }

    [Fact]
    public void Find_ParticipleAfterReportingClause_NamesThatClausesSubject()
    {
        const string text = "The timetable stays, Mira Vale said, adding, “The ferry runs at dawn.”";

        var cue = LeadCue(text);

        Assert.NotNull(cue);
        Assert.Equal("Vale", cue.Words[^1]);
    }

    [Fact]
    public void Find_UnnamedDescribedSubject_YieldsTheDescription()
    {
        const string text = "A harbour official who spoke anonymously said, “The ferry runs at dawn.”";

        var cue = LeadCue(text);

        Assert.NotNull(cue);
        Assert.Equal(CandidateKind.Description, cue.Kind);
        Assert.Equal(0, cue.Position);
    }

    [Fact]
    public void Find_NothingBeforeTheQuote_Null()
    {
        Assert.Null(LeadCue("“The ferry runs at dawn,” Mira Vale said."));
    }

    private static SpeakerCandidate? LeadCue(string text)
    {
        var article = new ArticleParts(text);
        var cue = new EnglishLeadCue(text, article.Subjects());
        return cue.Find(article.LeadWords(0), article.ParagraphOf(0), article.Segments[0].OpenMark);
    }
}
