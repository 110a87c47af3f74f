using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`X called Y “…”`: what a named person called someone is that person's quote. Invented people.</summary>
public sealed class CalledObjectLeadTests
{
    [Fact]
    public void Find_NameCalledObjectBeforeQuote_NamesTheSubject()
    {
        const string text = "And Pell called Hobart “a real smart guy who knows the harbour better than anyone.”";

        var speaker = LeadCue(text);

        Assert.NotNull(speaker);
        Assert.Equal("Pell", speaker.Words[^1]);
    }

    [Theory]
    [InlineData("The dockers formed a group called “Harbour First, Harbour Always, Harbour Forever” last spring.")]
    [InlineData("Nora Quist Calls Ferry Plan “A Waste Of Everyone's Money And Time”")]
    [InlineData("The Harbour Party has called a referendum — “No to the Toll Bridge Over the Bay” — for June.")]
    [InlineData("Pell called for an inquiry “into every contract the harbour board signed since 2019.”")]
    public void Find_NamingHeadlineDashOrDemand_NoSpeaker(string text)
    {
        // A thing's name, a headline's label, a quote set off by dashes, a demand: none is what a person called someone.
        Assert.Null(Called(text));
    }

    private static SpeakerCandidate? Called(string text) =>
        CalledObjectLead.Find(text, new ArticleParts(text).LeadWords(0), new ArticleParts(text).Segments[0].OpenMark);

    private static SpeakerCandidate? LeadCue(string text)
    {
        var article = new ArticleParts(text);
        return new EnglishLeadCue(text, article.Subjects()).Find(article.LeadWords(0), article.ParagraphOf(0), article.Segments[0].OpenMark);
    }
}
