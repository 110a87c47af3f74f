using System.Globalization;
using System.Text;

namespace NewsBot.Digests;

/// <summary>
/// Numbers every word it meets, so an article's words are kept once as integers and compared without strings.
/// Words come out exactly as <see cref="Core.Text.WordNormalizer"/> makes them (lower case, no diacritics), but ASCII
/// text skips Unicode normalisation, which is most of the cost on a large window.
/// </summary>
internal sealed class WordVocabulary
{
    public const int Unknown = -1;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _decompositions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private char[] _word = new char[64];
    private int _length;
    private string[] _words = new string[4096];

    public WordVocabulary() => _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id of an already-normalised word, or <see cref="Unknown"/> when no text has contained it.</summary>
    public int Find(string word)
    {
        lock (_gate)
            return _ids.GetValueOrDefault(word, Unknown);
    }

    public string Word(int id) => Volatile.Read(ref _words)[id];

    /// <summary>Appends the ids of <paramref name="text"/>'s words to <paramref name="ids"/>.</summary>
    public void AddWords(string? text, List<int> ids)
    {
        if (string.IsNullOrEmpty(text))
            return;
        lock (_gate)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 128)
                {
                    if (char.IsAsciiLetterOrDigit(c))
                        Append(char.ToLowerInvariant(c));
                    else
                        Flush(ids);
                    continue;
                }
                var element = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    ? text.Substring(i++, 2)
                    : c.ToString();
                foreach (var part in Decompose(element))
                    AppendOrBreak(part, ids);
            }
            Flush(ids);
        }
    }

    private void AppendOrBreak(char c, List<int> ids)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            return;
        if (char.IsLetterOrDigit(c))
            Append(char.ToLowerInvariant(c));
        else
            Flush(ids);
    }

    private void Append(char c)
    {
        if (_length == _word.Length)
            Array.Resize(ref _word, _word.Length * 2);
        _word[_length++] = c;
    }

    private string Decompose(string element)
    {
        if (_decompositions.TryGetValue(element, out var parts))
            return parts;
        try
        {
            parts = element.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; it is no letter either, so it only ends a word.
            parts = element;
        }
        _decompositions[element] = parts;
        return parts;
    }

    private void Flush(List<int> ids)
    {
        if (_length == 0)
            return;
        var word = _word.AsSpan(0, _length);
        _length = 0;
        if (!_idsBySpan.TryGetValue(word, out var id))
            id = Add(word.ToString());
        ids.Add(id);
    }

    private int Add(string word)
    {
        var id = _ids.Count;
        if (id == _words.Length)
        {
            var grown = new string[_words.Length * 2];
            Array.Copy(_words, grown, _words.Length);
            Volatile.Write(ref _words, grown);
        }
        _words[id] = word;
        _ids.Add(word, id);
        return id;
    }
}
