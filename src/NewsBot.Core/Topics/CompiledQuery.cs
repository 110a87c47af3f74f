using NewsBot.Core.Topics;

namespace NewsBot.Core.Topics;

/// <summary>A <see cref="TopicQuery"/> ready to test many articles: the same rules, on precomputed word ids.</summary>
internal sealed class CompiledQuery(TopicQuery query, WordVocabulary vocabulary)
{
    private readonly CompiledTerm[][] _required = [.. query.Required.Select(group => group.Select(t => new CompiledTerm(t, vocabulary)).ToArray())];
    private readonly CompiledTerm[] _excluded = [.. query.Excluded.Select(t => new CompiledTerm(t, vocabulary))];

    public bool Matches(ArticleWords words) =>
        _required.All(group => group.Any(term => term.Matches(words)))
        && !_excluded.Any(term => term.Matches(words));
}
