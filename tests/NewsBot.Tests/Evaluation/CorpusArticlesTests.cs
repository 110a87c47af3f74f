using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary><c>eval speakers</c> reads our additions too: their text comes from the shared corpora, key quotes count as direct.</summary>
public sealed class CorpusArticlesTests : IDisposable
{
    private readonly InventedNewsSet _set = new();

    public void Dispose() => _set.Dispose();

    [Fact]
    public void Read_AdditionsFile_DerivesTextAndMapsKinds()
    {
        _set.WriteAdditions();

        var articles = CorpusArticles.Read(_set.AdditionsPath, split: "tune", language: null).ToList();

        var article = Assert.Single(articles);
        Assert.Equal(("inv-en", InventedNewsSet.WcxbTitle + "\n\n" + InventedNewsSet.WcxbBody), (article.Id, article.Text));
        Assert.Equal([("The ferry will run every hour,", "direct"), ("gamble.", "none")], article.Quotes.Select(q => (q.Quote, q.Type)));
    }
}
