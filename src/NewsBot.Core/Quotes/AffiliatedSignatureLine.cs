using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A block quote alone in its paragraph, signed on the next line by a full name, a comma and an office, perhaps with the
/// occasion in brackets (`“…”` / `Hilda Marsh, CEO of Northfield Foods (on the company's spring results call)`): reports set
/// their key-quote boxes and testimonials so. The name is two or three capitalised words before the comma, opening with a
/// known given name or followed by a role noun (a given name the lexicon does not know is still a person's when the office
/// is `CEO of …`); the office is capitalised words and connectors only, so a sentence (`Hilda Marsh, who …, said`) is no
/// signature.
/// </summary>
internal static class AffiliatedSignatureLine
{
    private const int MaxSignatureLength = 80;

    public static SpeakerCandidate? Find(string text, IReadOnlyList<TextSpan> paragraphs, QuotedSegment segment)
    {
        var own = paragraphs[segment.Paragraph];
        if (segment.IsOpenEnded || segment.Outer.Start != own.Start || segment.Outer.End < own.End || segment.Paragraph + 1 >= paragraphs.Count)
        {
            return null;
        }

        var line = paragraphs[segment.Paragraph + 1];
        var end = SignatureEnd(text, line);
        var comma = text.IndexOf(',', line.Start, end - line.Start);
        if (end - line.Start > MaxSignatureLength || comma < 0 || !IsSignatureText(text.AsSpan(line.Start, end - line.Start)))
        {
            return null;
        }

        var name = WordTokenizer.Tokenize(text, line.Start, comma);
        var office = WordTokenizer.Tokenize(text, comma + 1, end);
        if (name.Count is < 2 or > 3 || office.Count == 0 || !name.TrueForAll(w => w.IsCapitalized) || !office[0].IsCapitalized
            || !office.TrueForAll(w => w.IsCapitalized || QuotedSignatureLine.AffiliationConnectors.Contains(w.Text))
            || !(EntityLexicon.Shared.IsGivenName(name[0].Text) || RoleLexicon.IsRoleNoun(office[0].Text)))
        {
            return null;
        }

        return new SpeakerCandidate(CandidateKind.Name, name.ConvertAll(w => w.Text), line.Start, text[name[0].Start..name[^1].End]) { Resolved = true };
    }

    /// <summary>Where the signature ends: before the occasion in brackets that may close the line.</summary>
    private static int SignatureEnd(string text, TextSpan line)
    {
        var open = text[line.End - 1] == ')' ? text.LastIndexOf('(', line.End - 1, line.Length) : -1;
        var end = open < 0 ? line.End : open;
        while (end > line.Start && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>Letters, spaces, hyphens, apostrophes, initials' dots and the one comma: no sentence, no date, no price.</summary>
    private static bool IsSignatureText(ReadOnlySpan<char> signature)
    {
        var commas = 0;
        foreach (var c in signature)
        {
            commas += c == ',' ? 1 : 0;
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’' or '.' or ','))
            {
                return false;
            }
        }

        return commas == 1 && !signature.EndsWith(".");
    }
}
