using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Das Ministerium wies die Kritik zurück. „…“, hieß es aus dem Haus.`: German wire copy lets `heißt es` / `hieß es` stand for
/// the body that opened the sentence right before the quote, adding at most a pointer back to it (`aus dem Haus`, `in einer
/// Mitteilung`, `in dessen Stellungnahme`). A source of its own (`aus Branchenkreisen`, `aus dem Umfeld des Ministers`), a
/// person named in that sentence or a subject that is no body leaves the quote to no one, as before.
/// </summary>
internal static class GermanHearsayBody
{
    private const int MaxBodyWords = 3;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?:");

    private static readonly FrozenSet<string> HearsayVerbs = LanguageKnowledge.Set("heißt", "hieß");

    private static readonly FrozenSet<string> PointerPrepositions = LanguageKnowledge.Set("aus", "in", "bei", "von");

    private static readonly FrozenSet<string> FusedPointerPrepositions = LanguageKnowledge.Set("im", "beim", "vom");

    private static readonly FrozenSet<string> PointerDeterminers =
        LanguageKnowledge.Set("dem", "der", "des", "einer", "einem", "eines", "dessen", "deren", "seiner", "seinem", "ihrer", "ihrem");

    private static readonly FrozenSet<string> Adverbs = LanguageKnowledge.Set("weiter", "dazu", "zudem", "außerdem", "ferner", "ebenfalls", "auch");

    private static readonly FrozenSet<string> SentenceOpeners = LanguageKnowledge.Set("auch", "doch", "selbst", "nun", "jetzt");

    private static readonly FrozenSet<string> SubjectArticles = LanguageKnowledge.Set("der", "die", "das");

    /// <summary>Compound heads that make a body beyond <see cref="GermanBodyNoun"/>'s: councils, offices, courts, leagues, parties.</summary>
    private static readonly string[] BodyHeads =
    [
        "rat", "amt", "gericht", "bund", "verein", "partei", "fraktion", "regierung", "senat", "institut", "unternehmen", "gremium",
        "ausschuss", "komitee", "staatsanwaltschaft", "polizei", "verwaltung",
    ];

    /// <summary>
    /// The body `heißt es` at <paramref name="es"/> (in the words after the quote that opens at <paramref name="anchor"/>) stands
    /// for, or null.
    /// </summary>
    public static SpeakerCandidate? Find(string text, IReadOnlyList<Word> words, int es, int anchor, PersonNames people)
    {
        if (es < 1 || words[es].Lower != "es" || !HearsayVerbs.Contains(words[es - 1].Lower) || words[es].Start < anchor
            || !PointsBack(text, words, es + 1))
        {
            return null;
        }

        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, anchor - 1)) + 1;
        var before = text.AsSpan(paragraphStart, anchor - paragraphStart).TrimEnd();
        if (before.IsEmpty || before[^1] != '.')
        {
            return null;
        }

        var sentenceStart = paragraphStart + before[..^1].LastIndexOfAny(SentenceEnds) + 1;
        if (people.Latest(anchor, sentenceStart, Gender.Unknown) is not null)
        {
            return null;
        }

        return SubjectBody(text, WordTokenizer.Tokenize(text, sentenceStart, paragraphStart + before.Length));
    }

    /// <summary>Nothing after `es` but adverbs, or a pointer to a document or house that names no one (`in dessen Stellungnahme`).</summary>
    private static bool PointsBack(string text, IReadOnlyList<Word> words, int at)
    {
        var end = at;
        while (end < words.Count && !Breaks(text, words[end - 1], words[end]))
        {
            end++;
        }

        while (at < end && (Adverbs.Contains(words[at].Lower) || words[at].Lower is "am" or "heute" or "gestern"
            || (at > 0 && words[at - 1].Lower == "am" && words[at].IsCapitalized)))
        {
            at++;
        }

        return (end - at) switch
        {
            0 => true,
            2 => FusedPointerPrepositions.Contains(words[at].Lower) && words[at + 1].IsCapitalized,
            3 => PointerPrepositions.Contains(words[at].Lower) && PointerDeterminers.Contains(words[at + 1].Lower) && words[at + 2].IsCapitalized,
            _ => false,
        };
    }

    /// <summary>`Der Verbraucherbund Nordwest verlangt …`, `Auch der Beirat der Stadt hatte …`: the body noun (and its name) opening the sentence.</summary>
    private static SpeakerCandidate? SubjectBody(string text, List<Word> sentence)
    {
        var at = sentence.Count > 0 && SentenceOpeners.Contains(sentence[0].Lower) ? 1 : 0;
        if (sentence.Count < at + 3 || !SubjectArticles.Contains(sentence[at].Lower) || !IsBodyNoun(sentence[at + 1].Text))
        {
            return null;
        }

        var end = at + 2;
        while (end < sentence.Count && end - at - 1 < MaxBodyWords && sentence[end].IsCapitalized && !Breaks(text, sentence[end - 1], sentence[end]))
        {
            end++;
        }

        if (end >= sentence.Count || sentence[end].IsCapitalized)
        {
            return null;
        }

        var name = text[sentence[at + 1].Start..sentence[end - 1].End];
        return new SpeakerCandidate(CandidateKind.Name, [name], sentence[at + 1].Start, name);
    }

    /// <summary>`Verbraucherbund Nordwest`, `Betriebsrat`: a speaker whose first word is a body noun, whose turn no person's description goes on.</summary>
    public static bool NamesBody(SpeakerCandidate speaker) => speaker.Written.Length > 0 && IsBodyNoun(speaker.Written.Split(' ')[0]);

    private static bool IsBodyNoun(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && (GermanBodyNoun.Is(word) || EntityKnowledge.IsOrganisationWord(word)
        || BodyHeads.Any(head => word.EndsWith(head, StringComparison.OrdinalIgnoreCase)) || IsBodyAcronym(word));

    /// <summary>
    /// `Der DGB kündigte … an`, `Die SPD wies … zurück`: an acronym the lexicon reads as an organisation (not a place such as
    /// `USA`) is as much a body as `Der Verband`.
    /// </summary>
    private static bool IsBodyAcronym(string word) =>
        word.Length is >= 2 and <= 6 && char.IsUpper(word[^1]) && EntityKnowledge.Classify([word], "de").Kind == EntityKind.Organisation;

    private static bool Breaks(string text, Word left, Word right) => text.AsSpan(left.End, right.Start - left.End).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".,;:!?„“”«»()");
}
