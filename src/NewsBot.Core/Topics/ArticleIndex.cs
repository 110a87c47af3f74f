using System.Collections.Concurrent;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Core.Topics;

/// <summary>
/// Each stored article's words, computed once and shared by every topic whose window holds the article: matching a
/// hundred topics then costs a hundred quick lookups per article, not a hundred tokenisations.
/// </summary>
internal sealed class ArticleIndex
{
    // Far above any digest window; past it the cache starts over rather than growing with the database.
    private const int MaxCachedArticles = 50_000;

    private readonly WordVocabulary _vocabulary = new();
    private readonly ConcurrentDictionary<long, ArticleWords> _articles = new();
    private int _analysed;
    private int _cached;

    // Reused between articles: the word list is copied into the article's arrays.
    [ThreadStatic]
    private static List<int>? _ids;

    /// <summary>How many times an article's words were computed (tests check it is once per article).</summary>
    public int Analysed => Volatile.Read(ref _analysed);

    public ArticleWords WordsOf(StoredArticle stored)
    {
        if (_articles.TryGetValue(stored.Id, out var cached) && cached.TextHash == stored.TextHash)
            return cached;
        var words = Analyse(stored);
        // Counted here: ConcurrentDictionary.Count takes every lock of the table, too slow to ask per article.
        if (Interlocked.Increment(ref _cached) > MaxCachedArticles)
        {
            _articles.Clear();
            Interlocked.Exchange(ref _cached, 1);
        }
        _articles[stored.Id] = words;
        return words;
    }

    /// <summary>Compile after the articles were analysed, so a query word first seen in them is known.</summary>
    public CompiledQuery Compile(TopicQuery query) => new(query, _vocabulary);

    private ArticleWords Analyse(StoredArticle stored)
    {
        Interlocked.Increment(ref _analysed);
        var article = stored.Article;
        var ids = _ids ??= new List<int>(1024);
        ids.Clear();
        _vocabulary.AddWords(article.Title, ids);
        _vocabulary.AddWords(article.Text, ids);
        foreach (var quote in article.Quotes)
            _vocabulary.AddWords(quote.Text, ids);
        return new ArticleWords([.. ids], stored.TextHash);
    }
}
