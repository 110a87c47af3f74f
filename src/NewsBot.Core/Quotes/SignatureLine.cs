using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A block quote standing alone in its paragraph, signed on the next line by a full name and perhaps an office, with no verb
/// and no dash (`“…”` / `Hilda Marsh` / `Northfield Library Director`): web pages set pull quotes' attributions so. Plain
/// text joins the two short lines (`Hilda Marsh Northfield Library Director`), so the name is the given name the line opens
/// with and the word after it (and a middle initial); a line opening with no known given name (`Best Overall`) names no one.
/// </summary>
internal static class SignatureLine
{
    private const int MaxLineLength = 70;

    private const int MaxLineWords = 9;

    private static readonly HashSet<string> RoleConnectors = ["of", "for", "and", "at", "the", "on"];

    public static SpeakerCandidate? Find(string text, IReadOnlyList<TextSpan> paragraphs, QuotedSegment segment)
    {
        var own = paragraphs[segment.Paragraph];
        if (segment.IsOpenEnded || segment.Outer.Start != own.Start || segment.Outer.End < own.End || segment.Paragraph + 1 >= paragraphs.Count)
        {
            return null;
        }

        var line = paragraphs[segment.Paragraph + 1];
        if (line.Length > MaxLineLength || !IsSignature(text.AsSpan(line.Start, line.Length)))
        {
            return null;
        }

        var words = WordTokenizer.Tokenize(text, line.Start, line.End);
        if (words.Count is < 2 or > MaxLineWords || !words[0].IsCapitalized || !words[1].IsCapitalized
            || !words.All(w => w.IsCapitalized || RoleConnectors.Contains(w.Text)) || !EntityLexicon.Shared.IsGivenName(words[0].Text))
        {
            return null;
        }

        var nameWords = IsInitial(words[1].Text) && words.Count > 2 && words[2].IsCapitalized ? 3 : 2;
        var name = words.Take(nameWords).Select(w => w.Text).ToList();
        var written = text[words[0].Start..words[nameWords - 1].End];
        // Resolved as written: the index reads the joined line as one long name (`Hilda Marsh Northfield Library …`).
        return new SpeakerCandidate(CandidateKind.Name, name, line.Start, written) { Resolved = true };
    }

    private static bool IsInitial(string word) => word.Length == 1 || (word.Length == 2 && word[1] == '.');

    /// <summary>Letters, spaces, hyphens, apostrophes and initials' dots only: no sentence, no date, no price.</summary>
    private static bool IsSignature(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return !line.EndsWith(".");
    }
}
