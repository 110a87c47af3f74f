using System.Data.Common;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>Maps rows shaped by the article stores' SELECT list (SQLite's and PostgreSQL's) back to records.</summary>
internal static class ArticleRows
{
    public static async Task<IReadOnlyList<StoredArticle>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var articles = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            articles.Add(Read(reader));
        return articles;
    }

    private static StoredArticle Read(DbDataReader reader)
    {
        var article = new ArticleRecord
        {
            Identity = new ArticleIdentity(reader.GetString(1), reader.GetString(2), reader.GetString(3)),
            Title = reader.GetString(4),
            Outlet = reader.IsDBNull(5) ? null : reader.GetString(5),
            PublishedAt = reader.IsDBNull(6) ? null : UnixTime.FromMilliseconds(reader.GetInt64(6)),
            Text = reader.GetString(9),
            Quotes = ArticleJson.Read<StoredQuote>(reader.GetString(10)),
            KeySentences = ArticleJson.Read<string>(reader.GetString(11)),
            IsPartial = reader.GetBoolean(12),
            Language = reader.IsDBNull(13) ? null : reader.GetString(13),
            Byline = reader.IsDBNull(14) ? null : reader.GetString(14),
            IsBackfill = reader.GetBoolean(15),
            Image = reader.IsDBNull(16) ? null : reader.GetString(16),
        };
        return new StoredArticle(reader.GetInt64(0), UnixTime.FromMilliseconds(reader.GetInt64(7)), reader.GetString(8), article);
    }
}
