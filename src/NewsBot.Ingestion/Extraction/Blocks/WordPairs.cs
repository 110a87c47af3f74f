namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// A text's pairs of neighbouring words: how much of a block a text holds is the share of the block's own pairs found in
/// it, so a menu of common words ("Home", "News", "About us") is not in an article merely because the article uses those
/// words too. A one-word block asks for its word. Both a block's label (against the truth) and its share of the
/// rule-based text are measured so.
/// </summary>
internal sealed class WordPairs
{
    private readonly HashSet<string> _words;
    private readonly HashSet<(string, string)> _pairs = [];

    public WordPairs(string[] textWords)
    {
        _words = new HashSet<string>(textWords, StringComparer.Ordinal);
        for (var i = 1; i < textWords.Length; i++)
        {
            _pairs.Add((textWords[i - 1], textWords[i]));
        }
    }

    public double ShareIn(string[] words)
    {
        if (words.Length < 2)
        {
            return BlockWords.ShareIn(words, _words);
        }

        var found = 0;
        for (var i = 1; i < words.Length; i++)
        {
            if (_pairs.Contains((words[i - 1], words[i])))
            {
                found++;
            }
        }

        return (double)found / (words.Length - 1);
    }
}
