using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Tells what sits between quotation marks but is not something someone said: titles of shows and books, nicknames,
/// scare quotes and short fragments, dates and handles of embedded posts. These are reported apart from the quotes.
/// </summary>
internal static partial class QuotedMention
{
    private const int MaxFragmentWords = 2;
    private const int MaxLowerCasePhraseWords = 5;

    /// <summary>
    /// <paramref name="attributedOnTheSpot"/>: a cue around the quote names its speaker; <paramref name="hasSpeaker"/>: so does a cue or the speaker's turn;
    /// <paramref name="wordBefore"/> is the word just before the opening mark, lower case, or empty.</summary>
    /// <paramref name="citedWork"/>: a parenthesis closes the paragraph right after the quote (`Name: „Title“ (Publisher)`).
    public static bool IsMention(string quote, bool attributedOnTheSpot, bool hasSpeaker, string wordBefore = "", bool citedWork = false) =>
        IsMention(quote, QuoteWords(quote), attributedOnTheSpot, hasSpeaker, wordBefore, citedWork);

    /// <summary><see cref="IsMention(string, bool, bool, string, bool)"/> with the quote's <paramref name="words"/> already read.</summary>
    public static bool IsMention(string quote, List<Word> words, bool attributedOnTheSpot, bool hasSpeaker, string wordBefore = "", bool citedWork = false)
    {
        if (words.Count == 0 || IsEmbeddedPostDetail(quote))
        {
            return true;
        }

        var sentenceLike = words[0].IsCapitalized && ".!?,".Contains(quote[^1], StringComparison.Ordinal);
        // `in seinem Buch „Im Grunde gut“`, `son livre « Le temps des ombres »`: after a noun for a work, a title in any case,
        // as long as it is not a sentence; where every noun is capitalised (German) title case tells nothing.
        var unpunctuatedTitle = !".!?,;:".Contains(quote[^1], StringComparison.Ordinal) && words.Count <= MaxSentenceCaseTitleWords;
        var introducedAsTitle = (IsTitleCase(words) && TitleIntroducers.Contains(wordBefore))
            || (unpunctuatedTitle && (WorkNouns.Contains(wordBefore) || citedWork));
        if (words.Count <= MaxFragmentWords)
        {
            if (introducedAsTitle)
            {
                return true;
            }

            // `“Absolutely,” he said.` or `“…,” she said. “Twice.”` is an answer; `“loser”` or `“Cake Boss.”` a fragment or a title.
            return !(sentenceLike && (hasSpeaker || "!?".Contains(quote[^1], StringComparison.Ordinal)));
        }

        if (introducedAsTitle || (IsTitleCase(words) && !attributedOnTheSpot))
        {
            return true;
        }

        // `a “binary choice” between`: a short lower-case phrase no one is said to have uttered is a scare quote.
        return words.Count <= MaxLowerCasePhraseWords && !words[0].IsCapitalized && !attributedOnTheSpot && !".!?".Contains(quote[^1], StringComparison.Ordinal);
    }

    /// <summary>Past this many words a quote's list is not kept for the thread's next quote.</summary>
    private const int MaxKeptWords = 256;

    [ThreadStatic]
    private static List<Word>? t_words;

    /// <summary>The quote's words in this thread's list (issue 17: one list per quote); the list is only read until the next call.</summary>
    private static List<Word> QuoteWords(string quote)
    {
        var words = t_words is { Capacity: <= MaxKeptWords } kept ? kept : t_words = new List<Word>((quote.Length / 5) + 4);
        words.Clear();
        WordTokenizer.TokenizeInto(words, quote, 0, quote.Length);
        return words;
    }

    /// <summary>`said on “Meet the Press.”`, `in “The Art of the Deal”`: a title, even inside an attributed sentence.</summary>
    private static readonly HashSet<string> TitleIntroducers = new(StringComparer.Ordinal)
    {
        "on", "in", "of", "to", "titled", "entitled", "called", "named", "s", "show", "book", "film", "movie", "program", "programme", "series", "song",
    };

    private const int MaxSentenceCaseTitleWords = 12;

    /// <summary>Nouns for a work whose title follows in quotation marks, in the six languages (each word lower case, as `wordBefore` is).</summary>
    private static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "book", "novel", "film", "movie", "documentary", "album", "song", "titled", "entitled",
        "buch", "buches", "roman", "romans", "films", "dokumentation", "albums", "lied", "serie", "sendung", "stück", "titel", "bestseller",
        "livre", "documentaire", "chanson", "série", "émission", "pièce", "intitulé", "intitulée",
        "libro", "novela", "película", "documental", "canción", "programa", "titulado", "titulada",
        "romanzo", "documentario", "canzone", "programma", "intitolato", "intitolata",
        "livro", "romance", "filme", "canção", "intitulado", "intitulada",
    };

    /// <summary>`Meet the Press.`, `Orange is the New Black`: every longer word capitalized.</summary>
    private static bool IsTitleCase(List<Word> words) =>
        words.Count <= 8
        && words.Skip(1).Any(w => (w.IsCapitalized && !StopWords.Contains(w.Lower)) || char.IsDigit(w.Text[0]))
        && words.All(w => w.IsCapitalized || char.IsDigit(w.Text[0]) || (w.Text.Length <= 4 && StopWords.Contains(w.Lower)));

    private static bool IsEmbeddedPostDetail(string quote) => EmbeddedPostDetail().IsMatch(quote);

    [GeneratedRegex(@"^(?:@\w+|(?:https?://|pic\.twitter\.com)\S*|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedPostDetail();
}
