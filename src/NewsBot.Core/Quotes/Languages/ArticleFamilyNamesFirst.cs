namespace NewsBot.Core.Quotes.Languages;

/// <summary>Family names of the people the article names family name first: `Han` after `Han Seung-woo`.</summary>
internal sealed class ArticleFamilyNamesFirst(string text)
{
    private HashSet<string>? _names;

    public HashSet<string> Names()
    {
        if (_names is not null)
        {
            return _names;
        }

        _names = new HashSet<string>(StringComparer.Ordinal);
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (FamilyNameFirst.Is([words[i].Text, words[i + 1].Text]))
            {
                _names.Add(words[i].Text);
            }
        }

        return _names;
    }
}
