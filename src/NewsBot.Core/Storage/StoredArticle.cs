namespace NewsBot.Core.Storage;

/// <param name="TextHash">Lower-case hex SHA-256 of the text, so identical bodies under different URLs can be spotted.</param>
public sealed record StoredArticle(long Id, DateTimeOffset FirstSeenAt, string TextHash, ArticleRecord Article);
