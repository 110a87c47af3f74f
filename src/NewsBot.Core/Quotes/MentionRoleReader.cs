namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the role the article gives a person where it first names them, before the name
/// (`council spokesperson Marta Kowalczyk`) or in an appositive after it (`Marta Kowalczyk, the council spokesperson,`).
/// </summary>
internal static class MentionRoleReader
{
    private const int Window = 80;

    private const int MaxRoleWords = 6;

    public static string? RoleOf(string text, NameMention mention)
    {
        var clauseStart = mention.Span.Start;
        while (clauseStart > 0 && mention.Span.Start - clauseStart < Window && !IsClauseBreak(text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var before = WordTokenizer.Tokenize(text, clauseStart, mention.Span.End);
        var role = before.Count > 0 ? NounPhraseReader.Head(text, before)?.Role : null;
        if (role is not null)
        {
            return role;
        }

        if (RoleBeforeComma(text, mention) is { } appositive)
        {
            return appositive;
        }

        if (mention.PlaceObject || !text.AsSpan(mention.Span.End).StartsWith(", ", StringComparison.Ordinal))
        {
            // `Inaugurating a station at Pudupet, the Chief Minister said`: the role after a place belongs to the sentence's subject.
            return null;
        }

        var sentenceEnd = mention.Span.End;
        while (sentenceEnd < text.Length && sentenceEnd - mention.Span.End < Window && !SentenceBoundaries.IsEnd(text, sentenceEnd, text.Length)
            && text[sentenceEnd] is not ('\n' or ':' or '”' or '"' or '“'))
        {
            sentenceEnd++;
        }

        var after = WordTokenizer.Tokenize(text, mention.Span.Start, sentenceEnd);
        return after.Count > 0 ? NounPhraseReader.AfterVerb(text, after)?.Role : null;
    }

    /// <summary>`The city's transport director, Owen Baptiste, said`: a role phrase set before the name, between commas.</summary>
    private static string? RoleBeforeComma(string text, NameMention mention)
    {
        var comma = HonorificsStart(text, mention.Span.Start) - 2;
        if (comma < 1 || !text.AsSpan(comma).StartsWith(", ", StringComparison.Ordinal))
        {
            return null;
        }

        var start = comma;
        while (start > 0 && comma - start < Window && !IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        var words = WordTokenizer.Tokenize(text, start, comma);
        // A noun phrase opening its clause: `The city's transport director`, not `He thanked the director`.
        var ofAPlace = RoleOfAPlace(words);
        if (CapitalisedPostPhrase.Is(words))
        {
            return RolePhrase.Text(text, words);
        }

        return words.Count is > 0 and <= MaxRoleWords && (RoleLexicon.IsRoleNoun(words[^1].Text) && !words[^1].IsCapitalized || ofAPlace)
            && (words[0].IsCapitalized || FunctionWords.IsDeterminer(words[0].Text))
            && words.All(w => (!PhraseWords.IsClauseWord(w) || (ofAPlace && w.Text == "of")) && !FunctionWords.IsPronoun(w.Text) && !CueWords.IsVerb(w))
            ? RolePhrase.Text(text, words)
            : null;
    }

    /// <summary>`, Hon. Dr Afua Boateng`: where the honorifics before a name begin, so the comma before them is found.</summary>
    private static int HonorificsStart(string text, int nameStart)
    {
        var start = nameStart;
        while (start > 1 && text[start - 1] == ' ')
        {
            var wordStart = start - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]) || wordStart > 0 && text[wordStart - 1] == '.' && wordStart == start - 1)
            {
                wordStart--;
            }

            var word = text[wordStart..(start - 1)].TrimEnd('.');
            if (word.Length == 0 || !NameLexicon.Titles.Contains(word) && !NameLexicon.Honorifics.Contains(word))
            {
                return start;
            }

            start = wordStart;
        }

        return start;
    }

    /// <summary>`The mayor of Eastfield`, `The chief executive of the Harbour Trust`: a role noun, `of` and the place or body it serves.</summary>
    private static bool RoleOfAPlace(List<Word> words)
    {
        var of = words.FindIndex(w => w.Text == "of");
        return of >= 2 && of < words.Count - 1 && RoleLexicon.IsRoleNoun(words[of - 1].Text) && !words[of - 1].IsCapitalized
            && words.Skip(of + 1).All(w => w.IsCapitalized || w.Text == "the") && words[^1].IsCapitalized;
    }

    private static bool IsClauseBreak(char c) => c is '.' or '\n' or ',' or ';' or ':' or '(' or '—' || QuoteMarks.IsOpeningChar(c) || c is '”' or '»';
}
