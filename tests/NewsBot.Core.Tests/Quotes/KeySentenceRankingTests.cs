using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

public sealed class KeySentenceRankingTests
{
    private static readonly string NoQuotes = Article(
        "The Harbor City council approved a new ferry budget on Tuesday, ending months of dispute over the harbor walls.",
        "The ferry budget moves four million from the parking fund to repairs of the harbor walls. Repairs of the harbor walls start in October.",
        "Residents had asked the council to delay the ferry budget until after the storm season.",
        "The weather was mild. Several cafés on the promenade opened early for the summer.",
        "The council meets again in September to review the ferry timetable and the harbor walls.");

    [Fact]
    public void Extract_ArticleWithoutQuotes_ReturnsTwoOrThreeVerbatimSentences()
    {
        var analysis = Extract(NoQuotes);

        Assert.Empty(analysis.Quotes);
        Assert.InRange(analysis.KeySentences.Count, 2, 3);
        Assert.All(analysis.KeySentences, s => Assert.Contains(s, NoQuotes, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ArticleWithoutQuotes_FavoursLeadAndCentralSentences()
    {
        var analysis = Extract(NoQuotes);

        Assert.StartsWith("The Harbor City council approved", analysis.KeySentences[0], StringComparison.Ordinal);
        Assert.DoesNotContain("The weather was mild.", analysis.KeySentences);
    }

    [Fact]
    public void Extract_KeySentences_InDocumentOrder()
    {
        var analysis = Extract(NoQuotes);

        var positions = analysis.KeySentences.Select(s => NoQuotes.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Extract_EnoughKeyQuotes_NoKeySentences()
    {
        var analysis = Extract(Article(
            "The Harbor City council approved the ferry budget on Tuesday.",
            "“The harbor walls will be repaired before the winter storms arrive,” said treasurer Lena Brandt.",
            "“The council ignored the residents on the ferry budget again,” said Tomas Okafor."));

        Assert.Equal(2, analysis.KeyQuotes.Count());
        Assert.Empty(analysis.KeySentences);
    }

    [Fact]
    public void Extract_EmptyText_EmptyAnalysis()
    {
        var analysis = Extract("  \n\n ");

        Assert.Empty(analysis.Quotes);
        Assert.Empty(analysis.KeySentences);
    }
}
