using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A long `where, when or how` phrase between the reporting verb and the quote keeps the verb's subject. Invented people.</summary>
public sealed class CircumstantialAdjunctTests
{
    [Fact]
    public void Find_LongPrepositionalPhraseBeforeQuote_NamesTheSubject()
    {
        const string text = "Sen. Amos Quill said in an op-ed piece before a 2019 Senate hearing on the port, “The agency cut the guards.”";

        var cue = LeadCue(text);

        Assert.NotNull(cue);
        Assert.Equal("Quill", cue.Words[^1]);
    }

    [Fact]
    public void Find_TimePhraseWithSubordinateClause_NamesTheSubject()
    {
        const string text = "Nora Quist initially said in the spring, when the ferry story first broke, “I never saw the contract.”";

        var cue = LeadCue(text);

        Assert.NotNull(cue);
        Assert.Equal("Quist", cue.Words[^1]);
    }

    [Fact]
    public void Find_LongPhraseNotOpenedByPreposition_NoCue()
    {
        const string text = "Nora Quist said the ferry would sail at dawn from the north quay of the old harbour town, “I never saw the contract.”";

        Assert.Null(LeadCue(text));
    }

    [Fact]
    public void Spans_PhraseEndsWithColonNotComma_False()
    {
        const string text = "Quist said in a long interview with the harbour radio station on the quay: “Sail.”";
        var article = new ArticleParts(text);
        var lead = article.LeadWords(0);

        Assert.False(CircumstantialAdjunct.Spans(text, lead, 2, article.Segments[0].OpenMark));
    }

    private static SpeakerCandidate? LeadCue(string text)
    {
        var article = new ArticleParts(text);
        var cue = new EnglishLeadCue(text, article.Subjects());
        return cue.Find(article.LeadWords(0), article.ParagraphOf(0), article.Segments[0].OpenMark);
    }
}
