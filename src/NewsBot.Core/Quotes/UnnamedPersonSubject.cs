namespace NewsBot.Core.Quotes;

/// <summary>
/// `A woman at the camp, who did not want her name published, said …` then `“…,” she said`: a sentence that opens with
/// someone the text does not name is the latest person a pronoun can mean, so no one named before it is.
/// </summary>
internal static class UnnamedPersonSubject
{
    private const int MaxModifiers = 2;

    private static readonly HashSet<string> Openers = ["A", "An", "One", "Another"];

    /// <summary>`A spokesman for the firm`: speaks for a body the resolver may still name.</summary>
    private static readonly HashSet<string> BodyVoices = ["spokesman", "spokeswoman", "spokesperson", "representative", "statement"];

    /// <summary>Where the latest sentence between the two positions that opens with an unnamed person starts; -1 if none does.</summary>
    public static int LatestStart(string text, NameIndex names, int from, int position)
    {
        var latest = -1;
        for (var at = from; at >= 0 && at < position; at = NextSentenceStart(text, at, position))
        {
            if (OpensWithUnnamed(text, at) && !names.InsideQuote(at))
            {
                latest = at;
            }
        }

        return latest;
    }

    private static bool OpensWithUnnamed(string text, int start)
    {
        var space = text.IndexOf(' ', start, Math.Min(8, text.Length - start));
        if (space < 0 || !Openers.Contains(text[start..space]))
        {
            return false;
        }

        // `A Grade 12 learner`, `A Year 9 pupil`: a capitalised or numbered modifier or two before the person noun.
        for (var modifiers = 0; modifiers < MaxModifiers && space + 1 < text.Length && (char.IsUpper(text[space + 1]) || char.IsDigit(text[space + 1])); modifiers++)
        {
            var next = text.IndexOf(' ', space + 1, Math.Min(16, text.Length - space - 1));
            if (next < 0)
            {
                return false;
            }

            space = next;
        }

        if (space + 1 >= text.Length || !char.IsLower(text[space + 1]))
        {
            return false;
        }

        var end = space + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return !BodyVoices.Contains(text[(space + 1)..end]);
    }

    /// <summary>The next paragraph or `. ` sentence start after <paramref name="at"/>, or -1.</summary>
    private static int NextSentenceStart(string text, int at, int position)
    {
        for (var i = at + 1; i < position - 1; i++)
        {
            if ((text[i] == '\n' && text[i + 1] != '\n') || (text[i] == ' ' && text[i - 1] == '.'))
            {
                return i + 1;
            }
        }

        return -1;
    }
}
