using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Deskly is headquartered in Eastfield. A company spokesperson said in an email that “…”`: a spokesperson described only by
/// the kind of body they speak for (`a company spokesperson`, `an agency spokeswoman`) speaks for the body named last in
/// the paragraph or the one before, as the news set annotates (the body's name); with no body named there, no one.
/// A bare one (`the spokesperson said` after `Tallco declined. A spokesperson who asked not to be named said …`) too, once
/// no person the article named holds the role (<see cref="FindBare"/>).
/// </summary>
internal static partial class UnnamedBodySpokesperson
{
    public static string? Find(string text, NameIndex names, SpeakerCandidate candidate)
    {
        var words = candidate.Written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !Spokesperson().IsMatch(words[^1]) || !words[..^1].Any(RoleLexicon.IsOrganisationNoun)
            || words[..^1].Any(w => w.Length > 0 && char.IsUpper(w[0]) && w is not ("A" or "An" or "The")))
        {
            return null;
        }

        return BodyNear(text, names, candidate.Position);
    }

    /// <summary>`the spokesperson`, `a spokeswoman`: a spokesperson noun and at most its article; call it only once no person fits.</summary>
    public static string? FindBare(string text, NameIndex names, SpeakerCandidate candidate)
    {
        var words = candidate.Written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bare = words.Length == 1 || (words.Length == 2 && FunctionWords.IsDeterminer(words[0]));
        return bare && words[^1].ToLowerInvariant() is "spokesperson" or "spokesman" or "spokeswoman" && !SpeaksForNamedOne(text, candidate.Position, words[^1])
            ? BodyNear(text, names, candidate.Position)
            : null;
    }

    /// <summary>`A spokesman for Tallwerk:`: the text goes on to say whose spokesperson it is, not the body before.</summary>
    private static bool SpeaksForNamedOne(string text, int position, string noun)
    {
        var at = text.IndexOf(noun, position, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = text.AsSpan(at + noun.Length).TrimStart();
        return after.StartsWith("for ", StringComparison.Ordinal) || after.StartsWith("of ", StringComparison.Ordinal) || after.StartsWith("at ", StringComparison.Ordinal);
    }

    private static string? BodyNear(string text, NameIndex names, int position)
    {
        var paragraph = ParagraphStart(text, position);
        var previous = paragraph > 1 ? ParagraphStart(text, paragraph - 2) : paragraph;
        return names.OrganisationBefore(position, m => m.Span.Start >= previous && !Addressed(text, m.Span.Start)) is { } body
            ? names.FullForm(body.Words, body.Span.Start)?.Text ?? body.Text
            : null;
    }

    /// <summary>`said in a statement emailed to NBC News`: the body the statement went to is not the one it speaks for.</summary>
    private static bool Addressed(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var space = before.LastIndexOf(' ');
        return before[(space + 1)..] is "to" or "told" or "with";
    }

    private static int ParagraphStart(string text, int position)
    {
        var blank = position > 0 ? text.LastIndexOf("\n\n", position - 1, StringComparison.Ordinal) : -1;
        return blank < 0 ? 0 : blank + 2;
    }

    [GeneratedRegex(@"^(?:spokesperson|spokesman|spokeswoman|representative)$")]
    private static partial Regex Spokesperson();
}
