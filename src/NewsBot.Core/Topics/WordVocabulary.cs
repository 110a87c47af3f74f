using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsBot.Core.Topics;

/// <summary>
/// Numbers every word it meets, so an article's words are kept once as integers and compared without strings.
/// Words come out exactly as <see cref="Core.Text.WordNormalizer"/> makes them (lower case, no diacritics), but
/// plain ASCII words are cut and lower-cased with vectorised span operations and skip Unicode normalisation, which
/// is most of the cost over a large window.
/// </summary>
internal sealed class WordVocabulary
{
    public const int Unknown = -1;

    private const string AsciiLettersAndDigitsText = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create(AsciiLettersAndDigitsText);
    private static readonly SearchValues<char> AsciiSeparators = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !AsciiLettersAndDigitsText.Contains(c, StringComparison.Ordinal))));

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly Dictionary<string, string> _decompositions = new(StringComparer.Ordinal);
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
            var i = 0;
            while (i < text.Length)
            {
                var skipped = text.AsSpan(i).IndexOfAnyExcept(AsciiSeparators);
                if (skipped < 0)
                    break;
                i += skipped;
                var length = text.AsSpan(i).IndexOfAnyExcept(AsciiLettersAndDigits);
                var end = length < 0 ? text.Length : i + length;
                if (end == text.Length || text[end] < 128)
                {
                    AddAsciiWord(text.AsSpan(i, end - i), ids);
                    i = end;
                }
                else
                {
                    i = AddMixedWord(text, i, ids);
                }
            }
        }
    }

    private void AddAsciiWord(ReadOnlySpan<char> word, List<int> ids)
    {
        EnsureRoom(word.Length);
        Ascii.ToLower(word, _word, out _length);
        Flush(ids);
    }

    /// <summary>A word that touches non-ASCII text, character by character up to the next ASCII separator.</summary>
    private int AddMixedWord(string text, int i, List<int> ids)
    {
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                    break;
                Append(char.ToLowerInvariant(c));
                continue;
            }
            var element = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? text.Substring(i++, 2)
                : c.ToString();
            foreach (var part in Decompose(element))
                AppendOrBreak(part, ids);
        }
        Flush(ids);
        return i;
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
        EnsureRoom(_length + 1);
        _word[_length++] = c;
    }

    private void EnsureRoom(int length)
    {
        if (length > _word.Length)
            Array.Resize(ref _word, Math.Max(length, _word.Length * 2));
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
