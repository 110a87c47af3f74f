using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Expands a short mention to the full name of another mention of the same person (`Peskov` → `Dmitry Peskov`, `Keir` →
/// `Keir Starmer`, `Yoon` → `Yoon Suk Yeol`), remembering the answer for a mention's own words because pronoun resolution
/// asks about the same mentions again and again.
/// </summary>
internal sealed class FullFormFinder
{
    private readonly List<NameMention> _mentions;
    private readonly Dictionary<int, NameMention> _byStart = [];
    private readonly Dictionary<int, NameMention?> _fullForms = [];

    public FullFormFinder(List<NameMention> mentions)
    {
        _mentions = mentions;
        foreach (var mention in mentions)
        {
            _byStart.TryAdd(mention.Span.Start, mention);
        }
    }

    /// <summary>The mention that gives the full form of <paramref name="words"/> used at <paramref name="position"/>.</summary>
    public NameMention? FullForm(IReadOnlyList<string> words, int position)
    {
        // Pronoun resolution asks again and again about the same mentions; a mention's own words are worth remembering.
        var own = _byStart.TryGetValue(position, out var mention) && ReferenceEquals(mention.Words, words);
        if (own && _fullForms.TryGetValue(position, out var known))
        {
            return known;
        }

        var found = FindFullForm(words, position);
        if (own)
        {
            _fullForms[position] = found;
        }

        return found;
    }

    /// <summary>
    /// A full form written in the article's own voice wins over one inside a quotation: a quoted nickname (`the nickname
    /// “Fanged Holt”`) or a title is no name the person goes by in the text.
    /// </summary>
    private NameMention? FindFullForm(IReadOnlyList<string> words, int position) =>
        FindFullForm(words, position, insideQuotes: false) ?? FindFullForm(words, position, insideQuotes: true);

    private NameMention? FindFullForm(IReadOnlyList<string> words, int position, bool insideQuotes)
    {
        NameMention? before = null;
        NameMention? after = null;
        string? familyName = null;
        foreach (var mention in _mentions)
        {
            if (mention.InsideQuote && !insideQuotes)
            {
                continue;
            }

            if (words.Count == 1 ? mention.Words.Count < 2 : mention.Words.Count < words.Count)
            {
                continue;
            }

            if (!Extends(mention, words) || mention.Kind is NameKind.Place)
            {
                continue;
            }

            if (words.Count == 1 && mention.Words.Count == 2 && FamilyNameFirst.OpensUnhyphenated(mention.Words[0]))
            {
                if (familyName is not null && !SameName(familyName, mention.Words[0]))
                {
                    // `Seo Minji` and `Kim Minji`: two people written family name first share the given name, so a lone
                    // `Minji` is either (as `GivenNameForm` leaves two `Bill`s).
                    return null;
                }

                familyName = mention.Words[0];
            }

            if (mention.Span.Start < position)
            {
                // One word: the latest longer mention (Bill vs Hillary Clinton); several words: the first.
                before = words.Count == 1 || before is null ? mention : before;
            }
            else
            {
                after ??= mention;
            }
        }

        return before ?? after ?? (words.Count == 1 ? GivenNameForm(words[0]) ?? FamilyNameFirstForm(words[0], position) ?? FirstOfTwoSurnames.Find(_mentions, words[0], position) : null);
    }

    /// <summary>
    /// `Yoon said`, `Lee said`, where the article gives `Yoon Suk Yeol` and `Lee Jae-myung`: a word no longer name ends with,
    /// but that opens full names and may be a surname, is a family name written first; like a surname, the latest such
    /// person before the mention, else the first after it.
    /// </summary>
    private NameMention? FamilyNameFirstForm(string word, int position)
    {
        var flags = EntityLexicon.Shared.EntityFlags(word);
        if (flags.HasFlag(LexiconFlags.GivenName) && !flags.HasFlag(LexiconFlags.Surname))
        {
            return null;
        }

        var opening = _mentions.Where(m => m is { Kind: NameKind.Person, Words.Count: >= 2 } && !m.InsideQuote && SameName(FamilyNameWord(m.Words), word)).ToList();
        return opening.LastOrDefault(m => m.Span.Start < position) ?? opening.FirstOrDefault();
    }

    /// <summary>`Retiree Tan Siew Lan` opening a sentence: the occupation before the name is no part of it.</summary>
    private static string FamilyNameWord(IReadOnlyList<string> words) => words.Count >= 3 && OccupationNouns.Is(words[0]) ? words[1] : words[0];

    /// <summary>
    /// `Sir Keir` or `Keir said`, where the article gives `Keir Starmer`: a given name (never a surname here) is the one
    /// person the article names with it first; two people sharing it (`Bill Clinton`, `Bill Gates`) leave it unresolved.
    /// </summary>
    private NameMention? GivenNameForm(string word)
    {
        if (!EntityLexicon.Shared.IsGivenName(word))
        {
            return null;
        }

        NameMention? found = null;
        foreach (var mention in _mentions)
        {
            if (mention is not { Kind: NameKind.Person, Words.Count: >= 2 } || !string.Equals(mention.Words[0], word, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null && !string.Equals(found.LastWord, mention.LastWord, StringComparison.Ordinal))
            {
                return null;
            }

            found ??= mention;
        }

        return found;
    }

    private static bool Extends(NameMention mention, IReadOnlyList<string> words)
    {
        if (!SameName(mention.LastWord, words[^1]))
        {
            return false;
        }

        return words.Count == 1 || SameName(mention.Words[0], words[0]) || (IsParticle(words[0]) && EndsWithWords(mention.Words, words));
    }

    /// <summary>`Le Garrec`, `de Blasio`, `Van Hollen`: a surname that opens with a particle is the end of the full name.</summary>
    private static bool IsParticle(string word) =>
        word.ToLowerInvariant() is "le" or "la" or "de" or "di" or "da" or "du" or "del" or "van" or "von" or "al" or "el";

    private static bool EndsWithWords(IReadOnlyList<string> full, IReadOnlyList<string> tail) =>
        full.Count > tail.Count && Enumerable.Range(1, tail.Count).All(i => SameName(full[^i], tail[^i]));

    /// <summary>`Murátov` is `Muratov`: newsrooms spell a transliterated name with and without accents in one article.</summary>
    internal static bool SameName(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (a.Length == b.Length && string.Compare(a, b, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) == 0);
}
