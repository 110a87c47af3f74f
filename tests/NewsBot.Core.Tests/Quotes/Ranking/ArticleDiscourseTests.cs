using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>What the rules' attributions say about the article as a whole, read once per article.</summary>
public sealed class ArticleDiscourseTests
{
    [Fact]
    public void NextSpeaker_LaterQuoteThreeParagraphsOn_IsNone()
    {
        var discourse = Discourse((0, null), (3, "Tomas Berg"));

        Assert.Null(discourse.NextSpeaker(0));
    }

    [Fact]
    public void NextSpeaker_LaterQuoteInTheNextParagraph_IsItsSpeaker()
    {
        var discourse = Discourse((0, null), (1, null), (1, "Tomas Berg"));

        Assert.Equal("Tomas Berg", discourse.NextSpeaker(0));
        Assert.Equal("Tomas Berg", discourse.NextSpeaker(1));
        Assert.Null(discourse.NextSpeaker(2));
    }

    [Fact]
    public void QuoteShare_ThreeAttributedQuotes_CountsBySurname()
    {
        var discourse = Discourse((0, "Tomas Berg"), (1, "Berg"), (2, "Maren Ostby"), (3, null));

        Assert.Equal(2 / 3.0, discourse.QuoteShare("Berg"), 9);
        Assert.True(discourse.MostQuoted("Berg"));
        Assert.False(discourse.MostQuoted("Ostby"));
        Assert.True(discourse.SpokeInParagraph(2, "Ostby"));
        Assert.False(discourse.SpokeInParagraph(3, "Ostby"));
    }

    /// <summary>One quote per (paragraph, rules' speaker), in order; the text names no one.</summary>
    internal static ArticleDiscourse Discourse(params (int Paragraph, string? Speaker)[] quotes)
    {
        var segments = quotes.Select((q, i) => new QuotedSegment(new TextSpan(i * 10 + 1, i * 10 + 7), i * 10, i * 10 + 7, q.Paragraph)).ToList();
        var rules = quotes.Select(q => new Attribution(q.Speaker, null, q.Speaker is not null)).ToList();
        var names = NameIndex.Build(string.Empty, [], segments);
        return new ArticleDiscourse(segments, rules, names);
    }
}
