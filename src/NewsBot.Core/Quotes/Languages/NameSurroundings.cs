namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The text around a run of capitalised words that tells whether it can name a person: whether a sentence opens there, the
/// article or word before it, and an age written after it.
/// </summary>
internal sealed class NameSurroundings(string text, LanguageKnowledge language)
{
    /// <summary>Punctuation that ends a clause or sentence between two words.</summary>
    public static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?\n");

    /// <summary>
    /// Only an opening quote mark, spaces and a full stop, colon or dash, a line break or nothing stand before <paramref name="position"/>.
    /// A paragraph opens a sentence even after a heading with no full stop (`Streit im Rat` then `Der SPD-Politiker Jan Roth sagte:`).
    /// </summary>
    public bool OpensSentence(int position)
    {
        var i = position - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || QuoteMarks.IsOpeningChar(text[i])))
        {
            if (text[i] == '\n')
            {
                return true;
            }

            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '—' or '–' or '-';
    }

    /// <summary>`Gunthild Schön (77)`, `Jana Roe, 42,`, `Neusa Fontes, 68 anos,`: an age of one or two digits right after the run.</summary>
    public bool FollowedByAge(Word last)
    {
        var after = text.AsSpan(last.End, Math.Min(6, text.Length - last.End));
        var open = after.StartsWith(" (") ? 2 : after.StartsWith(", ") ? 2 : -1;
        if (open < 0)
        {
            return false;
        }

        if (AgeAfterName.Follows(text, last.End))
        {
            return true;
        }

        var digits = 0;
        while (open + digits < after.Length && char.IsAsciiDigit(after[open + digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && open + digits < after.Length && after[open + digits] is ')' or ',';
    }

    /// <summary>`The Washington Post`, `El Faro`; a German sentence may open with its capitalised article (`Der Minister Jonas Weber`).</summary>
    public bool OpensWithArticle(IReadOnlyList<Word> run)
    {
        var article = run[0].Lower is "the" || language.Determiners.Contains(run[0].Lower);
        var role = run.Count > 1 && EntityKnowledge.IsRoleWord(run[1].Text, language.Code);
        return article && !role && !(language.CapitalisesNouns && OpensSentence(run[0].Start));
    }

    /// <summary>The word before <paramref name="start"/>, in the same sentence, is a lower-case article (`einem`, `die`).</summary>
    public bool AfterLowerCaseArticle(int start)
    {
        var (from, end) = WordBefore(start);

        var word = text[from..end];
        return word.Length > 0 && char.IsLower(word[0]) && (language.Determiners.Contains(word) || language.Indefinites.Contains(word));
    }

    /// <summary>`en The Washington Post`, `el Faro`: Spanish and French names of people take no article, titles and bodies do.</summary>
    public bool PrecededByArticle(int start)
    {
        var (from, end) = WordBefore(start);

        if (from == end || (from > 0 && text[from - 1] is '\'' or '’'))
        {
            return false;
        }

        var word = text[from..end];
        var article = word is "The" || language.Determiners.Contains(word.ToLowerInvariant());
        return article && ((char.IsUpper(word[0]) && !OpensSentence(from)) || (char.IsLower(word[0]) && !language.NamesTakeArticles));
    }

    /// <summary>Where the word before <paramref name="start"/> begins and ends, spaces skipped (an empty range when there is none).</summary>
    public (int From, int End) WordBefore(int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return (from, end);
    }
}
