using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The subject of the sentence a colon introduction or a participle hangs off. Invented people.</summary>
public sealed class SentenceSubjectFinderTests
{
    [Fact]
    public void Find_NameOpensTheSentence_IsTheSubject()
    {
        var subject = Subject("The port reopened. Mira Vale took the floor and read: “The ferry runs at dawn.”");

        Assert.NotNull(subject);
        Assert.Equal(CandidateKind.Name, subject.Kind);
        Assert.Equal("Vale", subject.Words[^1]);
    }

    [Fact]
    public void Find_PronounAfterAnOpeningPhrase_IsThePronounNotTheNameInThePhrase()
    {
        var subject = Subject("During the meeting with Tomas Brandt, she read: “The ferry runs at dawn.”");

        Assert.NotNull(subject);
        Assert.Equal(CandidateKind.Pronoun, subject.Kind);
    }

    [Fact]
    public void Find_SentenceWithoutNameOrPronoun_Null()
    {
        Assert.Null(Subject("The harbour was quiet: “The ferry runs at dawn.”"));
    }

    private static SpeakerCandidate? Subject(string text)
    {
        var article = new ArticleParts(text);
        var open = article.Segments[0].OpenMark;
        return article.Subjects().Find(article.ParagraphOf(0), open, open);
    }
}
