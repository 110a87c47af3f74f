using NewsBot.Core.Topics;

namespace NewsBot.Core.Topics;

/// <summary>A <see cref="QueryTerm"/> in vocabulary ids, matched against precomputed <see cref="ArticleWords"/>.</summary>
internal sealed class CompiledTerm
{
    private readonly int[] _ids;
    private readonly string? _prefix;
    private readonly WordVocabulary _vocabulary;

    public CompiledTerm(QueryTerm term, WordVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        var exact = term.IsPrefix ? term.Words.Take(term.Words.Count - 1) : term.Words;
        _ids = [.. exact.Select(vocabulary.Find)];
        _prefix = term.IsPrefix ? term.Words[^1] : null;
    }

    public bool Matches(ArticleWords words)
    {
        // A word no stored text ever contained cannot be in this one.
        if (Array.IndexOf(_ids, WordVocabulary.Unknown) >= 0 || !_ids.All(words.Contains))
            return false;
        if (_prefix is null && _ids.Length == 1)
            return true;
        if (_ids.Length == 0)
            return words.Sequence.Any(StartsWithPrefix);
        return ContainsPhrase(words.Sequence);
    }

    private bool ContainsPhrase(int[] sequence)
    {
        var length = _ids.Length + (_prefix is null ? 0 : 1);
        for (var start = 0; start + length <= sequence.Length; start++)
        {
            if (sequence.AsSpan(start, _ids.Length).SequenceEqual(_ids)
                && (_prefix is null || StartsWithPrefix(sequence[start + _ids.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private bool StartsWithPrefix(int id) => _vocabulary.Word(id).StartsWith(_prefix!, StringComparison.Ordinal);
}
