using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>An article with what its rows need computed before the write lock is taken, which every other writer waits for.</summary>
internal sealed record PreparedArticle(ArticleRecord Article, string TextHash, string QuotesJson, string KeySentencesJson, string QuotesText)
{
    public static PreparedArticle For(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(
            article,
            SqliteArticleStore.HashText(article.Text),
            ArticleJson.Write(article.Quotes),
            ArticleJson.Write(article.KeySentences),
            string.Join('\n', article.Quotes.Select(q => q.Text)));
    }
}
