using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Für die Belegschaft lässt Tallberg Masken nähen. „…“, sagt der Sprecher.`: an unnamed spokesperson speaks for the body
/// the paragraph is about, when the paragraph names exactly one body and no person before the quote (a person would compete
/// as the one whose spokesperson this is).
/// </summary>
internal static class SpokespersonBody
{
    private const int MaxNameWords = 3;

    private static readonly FrozenSet<string> Nouns = new[]
    {
        "sprecher", "sprecherin", "pressesprecher", "pressesprecherin", "unternehmenssprecher", "unternehmenssprecherin",
        "konzernsprecher", "konzernsprecherin", "firmensprecher", "firmensprecherin", "portavoz", "porte-parole", "portavoce",
        "porta-voz", "spokesperson", "spokesman", "spokeswoman",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>`der Sprecher`, `eine Sprecherin`, `el portavoz`: an article and a spokesperson noun, nothing that names whose.</summary>
    public static bool IsBare(List<Word> description) => description.Count == 2 && IsSpokesperson(description[1]);

    public static bool IsSpokesperson(Word word) => Nouns.Contains(word.Lower);

    /// <summary>
    /// The one body named in the paragraph before <paramref name="position"/>; null when none or several are.
    /// <paramref name="neverWithGivenName"/>: whether the article never writes a one-word name after a given name.
    /// </summary>
    public static string? Find(string text, int position, LanguageKnowledge language, Func<string, bool> neverWithGivenName)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var words = WordTokenizer.Tokenize(text, paragraphStart, position);
        string? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].IsCapitalized || OpensSentence(text, paragraphStart, words[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < words.Count && end - i < MaxNameWords && words[end].IsCapitalized && OnlySpaceBetween(text, words[end - 1], words[end]))
            {
                end++;
            }

            var run = words.Skip(i).Take(end - i).Select(w => w.Text).ToList();
            i = end - 1;
            if (Body(run, language, word => neverWithGivenName(word) && Occurrences(words, word) > 1) is not { } body)
            {
                continue;
            }

            var name = string.Join(' ', body);
            if (found is not null && found != name)
            {
                return null;
            }

            found = name;
        }

        return found;
    }

    /// <summary>The body a capitalised run names: all of it, or what follows a common noun (`die Firma Tallwerk`); null if none.</summary>
    private static List<string>? Body(List<string> run, LanguageKnowledge language, Func<string, bool> firmName)
    {
        if (IsBody(run, language))
        {
            return run;
        }

        var name = run.SkipWhile(w => EntityKnowledge.IsCommonWord(w, language.Code)).ToList();
        return name.Count > 0 && (IsBody(name, language) || IsFirmName(name, language, firmName)) ? name : null;
    }

    /// <summary>How often the paragraph writes <paramref name="word"/>: a firm the paragraph is about is named more than once.</summary>
    private static int Occurrences(List<Word> words, string word) => words.Count(w => w.Text == word);

    /// <summary>An organisation by the lexicon, or a proper name that is no common word, place, person's given name or role.</summary>
    private static bool IsBody(List<string> run, LanguageKnowledge language)
    {
        var guess = EntityKnowledge.Classify(run, language.Code);
        if (guess.Kind == EntityKind.Organisation || run.Any(EntityKnowledge.IsOrganisationWord) || IsPlaceBody(run, language))
        {
            return true;
        }

        return guess.Kind is EntityKind.Unknown && !EntityKnowledge.IsGivenName(run[0]) && !EntityKnowledge.IsPlace(string.Join(' ', run))
            && run.All(w => !EntityKnowledge.IsCommonWord(w, language.Code) && !EntityKnowledge.IsRoleWord(w, language.Code));
    }

    /// <summary>`Gegenbauer`: one word shaped like a surname that is no given name, common word, role or place, and that <paramref name="firmName"/> accepts.</summary>
    private static bool IsFirmName(List<string> run, LanguageKnowledge language, Func<string, bool> firmName) =>
        run is [var word] && EntityKnowledge.Classify(run, language.Code).Kind == EntityKind.Person && !EntityKnowledge.IsGivenName(word) && !EntityKnowledge.IsCommonWord(word, language.Code)
        && !EntityKnowledge.IsRoleWord(word, language.Code) && !EntityKnowledge.IsPlace(word) && firmName(word);

    /// <summary>`Berliner Straßenreinigung`: a place's adjective and one common noun, a city's or region's own body.</summary>
    private static bool IsPlaceBody(List<string> run, LanguageKnowledge language) =>
        run is [var adjective, var noun] && adjective.EndsWith("er", StringComparison.Ordinal) && EntityKnowledge.IsPlace(adjective[..^2])
        && !EntityKnowledge.IsRoleWord(noun, language.Code);

    private static bool OpensSentence(string text, int paragraphStart, Word word)
    {
        var before = text.AsSpan(paragraphStart, word.Start - paragraphStart).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '"' or '„' or '“' or '”' or '«' or '»';
    }

    private static bool OnlySpaceBetween(string text, Word left, Word right) =>
        right.Start > left.End && text.AsSpan(left.End, right.Start - left.End).IsWhiteSpace();
}
