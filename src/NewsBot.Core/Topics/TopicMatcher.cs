using NewsBot.Core.Storage;

namespace NewsBot.Core.Topics;

/// <summary>
/// Which stored articles a topic accepts: its query and its language. Each article's words are computed once and kept,
/// so a hundred topics over one window tokenise each article once.
/// </summary>
public sealed class TopicMatcher
{
    private readonly ArticleIndex _index = new();

    /// <summary>How many times an article's words were computed (tests check it is once per article).</summary>
    public int AnalysedArticles => _index.Analysed;

    public IReadOnlyList<StoredArticle> Matching(IReadOnlyList<StoredArticle> stored, TopicQuery query, string? language)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(query);
        var inLanguage = stored.Where(a => LanguageMatches(language, a.Article.Language)).ToList();
        if (query.Required.Count == 0 && query.Excluded.Count == 0)
            return inLanguage;
        var words = inLanguage.Select(_index.WordsOf).ToList();
        var compiled = _index.Compile(query);
        return inLanguage.Where((_, i) => compiled.Matches(words[i])).ToList();
    }

    /// <summary>"en" accepts "en", "en-GB" and pages that did not say; a topic without a language accepts all.</summary>
    private static bool LanguageMatches(string? wanted, string? actual)
    {
        if (string.IsNullOrWhiteSpace(wanted) || string.IsNullOrWhiteSpace(actual))
            return true;
        return string.Equals(PrimaryTag(wanted), PrimaryTag(actual), StringComparison.OrdinalIgnoreCase);
    }

    private static string PrimaryTag(string language) => language.Trim().Split('-', '_')[0];
}
