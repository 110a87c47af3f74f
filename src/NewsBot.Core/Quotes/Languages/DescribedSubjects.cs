using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Definite descriptions that stand as a clause's subject (`el fiscal general indicó`, `la ministra detalló`, `dijo el portavoz`):
/// someone the text refers to by role, who takes a dropped subject over from the person last named.
/// </summary>
internal sealed class DescribedSubjects(string text, LanguageKnowledge language, PersonNames people)
{
    private const int MaxWordsToRole = 3;

    private readonly ProtagonistDescription _protagonist = new(text, language, people);

    /// <summary>
    /// The latest description by role that opens a clause between <paramref name="from"/> and <paramref name="to"/>, outside
    /// quotes, with the one person the article gave that role (null when it gave it no one), or null when there is none.
    /// </summary>
    public DescribedSubject? Latest(int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        // `L'assessora ha respinto i numeri.`: the elided article opens the description as `la` would.
        var words = ElidedArticle.SplitAll(WordTokenizer.Tokenize(text, from, to), language);
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (!IsDefinite(words[i]) || !OpensClause(words, i) || people.InsideQuote(words[i].Start) || Role(words, i) is not { } description)
            {
                continue;
            }

            var gender = language.GenderedDeterminers.GetValueOrDefault(words[i].Lower);
            var person = people.Roles.Described(description, gender, words[i].Start);
            var ambiguous = person is null && people.Roles.AnyHolds(description, gender, words[i].Start);
            // `el máximo funcionario de la Fiscalía explicó`: a role the article gave no one, the person it follows.
            person ??= ambiguous ? null : _protagonist.Find(description, gender, words[i].Start);
            return new DescribedSubject(words[i].Start, person, ambiguous, gender);
        }

        return null;
    }

    private bool IsDefinite(Word word) => language.Determiners.Contains(word.Lower) && !language.Indefinites.Contains(word.Lower);

    /// <summary>The article and the words up to its role word (`el fiscal general`), when no capitalised word (a name, a body) comes first.</summary>
    private List<Word>? Role(List<Word> words, int article)
    {
        for (var k = article + 1; k < words.Count && k - article <= MaxWordsToRole; k++)
        {
            if (words[k].IsCapitalized || language.Prepositions.Contains(words[k].Lower) || Breaks(words[k - 1].End, words[k].Start))
            {
                return null;
            }

            if ((EntityKnowledge.IsRoleWord(words[k].Text, language.Code) || language.PersonNouns.Contains(words[k].Lower)) && !AdjectivalRoleWord.ModifiesNoun(words, article, k))
            {
                return words.GetRange(article, k - article + 1);
            }
        }

        return null;
    }

    /// <summary>At the start of a sentence or clause, after a conjunction, or right after an inverted verb (`dijo el portavoz`).</summary>
    private bool OpensClause(List<Word> words, int at)
    {
        if (at == 0)
        {
            var before = words[0].Start;
            while (before > 0 && char.IsWhiteSpace(text[before - 1]) && text[before - 1] != '\n')
            {
                before--;
            }

            return before == 0 || Breaks(before - 1, before);
        }

        if (Breaks(words[at - 1].End, words[at].Start))
        {
            return true;
        }

        var previous = words[at - 1].Lower;
        return language.Verbs.Contains(previous) || language.And.Contains(previous) || language.Conjunctions.Contains(previous);
    }

    private bool Breaks(int from, int to) => text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?\n");
}

/// <summary>
/// A description by role at <paramref name="Position"/>: the person it names, or none; <paramref name="Ambiguous"/> when several
/// hold the role; <paramref name="Gender"/> its article's (`el`, `la`).
/// </summary>
internal sealed record DescribedSubject(int Position, PersonMention? Person, bool Ambiguous, Gender Gender);
