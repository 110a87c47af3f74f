using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Deskly is headquartered in Eastfield. A company spokesperson said in an email that “…”`: a spokesperson described only by
/// the kind of body they speak for (`a company spokesperson`, `an agency spokeswoman`) speaks for the body named last in
/// the paragraph or the one before, as the news set annotates (the body's name); with no body named there, no one.
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

        var paragraph = ParagraphStart(text, candidate.Position);
        var previous = paragraph > 1 ? ParagraphStart(text, paragraph - 2) : paragraph;
        return names.OrganisationBefore(candidate.Position, previous) is { } body ? names.FullForm(body.Words, body.Span.Start)?.Text ?? body.Text : null;
    }

    private static int ParagraphStart(string text, int position)
    {
        var blank = position > 0 ? text.LastIndexOf("\n\n", position - 1, StringComparison.Ordinal) : -1;
        return blank < 0 ? 0 : blank + 2;
    }

    [GeneratedRegex(@"^(?:spokesperson|spokesman|spokeswoman|representative)$")]
    private static partial Regex Spokesperson();
}
