using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The words an article gave a person as their role where it named them: the title and the words before the name in its
/// clause (`The Hon. Minister for Urban Development, Shri`, `A spokeswoman for the company,`) and the apposition after it
/// (`, the FMB's chief executive,`). A clause whose words before the name hold a verb (`The minister met Anna Holm`) gives
/// none: those words describe someone else.
/// </summary>
internal static partial class RoleWindow
{
    private const int Reach = 110;

    private const int AppositionReach = 80;

    private static readonly HashSet<string> ClauseWords = ["met", "told", "asked", "thanked", "said", "says", "with", "by", "when", "while", "after", "before"];

    public static IEnumerable<string> Words(string text, NameIndex names, NameMention mention)
    {
        var words = new List<string>();
        if (mention.Title is { } title)
        {
            words.AddRange(Lower(title));
        }

        words.AddRange(Before(text, names, mention));
        words.AddRange(Apposition(text, mention.Span.End));
        return words;
    }

    private static IEnumerable<string> Before(string text, NameIndex names, NameMention mention)
    {
        var start = Math.Max(0, mention.Span.Start - Reach);
        var paragraph = text.LastIndexOf('\n', Math.Max(0, mention.Span.Start - 1));
        start = Math.Max(start, paragraph + 1);
        var previous = names.Mentions.LastOrDefault(m => m.Span.End <= mention.Span.Start && m.Span.End > start && m.Kind == NameKind.Person
            && !TitleGap().IsMatch(text[m.Span.End..mention.Span.Start]));
        if (previous is not null)
        {
            start = previous.Span.End;
        }

        for (var i = mention.Span.Start - 2; i > start; i--)
        {
            // A colon closes a label or a list entry (`12.05pm: Premier: …`): the words before it are no role of the name after it.
            if (text[i] is ';' or ':' or '“' or '”' or '"' or '(' || text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && !Abbreviation(text, i))
            {
                start = i + 1;
                break;
            }
        }

        var tokens = WordTokenizer.Tokenize(text, start, mention.Span.Start);
        return tokens.Any(t => char.IsLower(t.Text[0]) && (ClauseWords.Contains(t.Text) || t.Text.EndsWith("ed", StringComparison.Ordinal) || ReportingVerbs.IsReportingVerb(t.Text)))
            ? []
            : tokens.Select(t => t.Lower);
    }

    /// <summary>
    /// `Minister for Urban Affairs, Thiru. S. Karthikeyan Pandian`: capitalised words of a post followed by a comma and the
    /// holder's name (after honorifics) are part of the title, no person of their own.
    /// </summary>
    public static bool IsTitleComplement(string text, NameIndex names, NameMention mention) =>
        names.Mentions.FirstOrDefault(m => m.Span.Start >= mention.Span.End) is { } next
        && TitleGap().IsMatch(text[mention.Span.End..next.Span.Start]);

    /// <summary>`, the FMB's chief executive,` or ` (21)` after the name; nothing when a verb or a sentence end comes first.</summary>
    private static IEnumerable<string> Apposition(string text, int nameEnd)
    {
        if (!text.AsSpan(nameEnd).StartsWith(", ", StringComparison.Ordinal))
        {
            return [];
        }

        var end = text.IndexOfAny([',', ')', '.', '\n', '“', '"'], nameEnd + 2, Math.Min(AppositionReach, text.Length - nameEnd - 2));
        if (end < 0 || text[end] != ',')
        {
            return [];
        }

        var tokens = WordTokenizer.Tokenize(text, nameEnd + 2, end);
        return tokens.Any(t => char.IsLower(t.Text[0]) && ReportingVerbs.IsReportingVerb(t.Text)) ? [] : tokens.Select(t => t.Lower);
    }

    /// <summary>`Hon.`, `Rt.`, `Shri.`, `S.`: a short capitalised word before the dot is a title or an initial, not a sentence end.</summary>
    private static bool Abbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || NameLexicon.Titles.Contains(word) || NameLexicon.Honorifics.Contains(word);
    }

    private static IEnumerable<string> Lower(string words) =>
        words.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());

    [GeneratedRegex(@"^,\s+(?:[A-Z][a-z]{0,5}\.?\s+)*$")]
    private static partial Regex TitleGap();
}
