using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A pull quote signed inside its own marks on the line after it (`"…` / `Orla Fenwick, Friends of Marlow Library."`):
/// some outlets close the quote after the signature. The line is a full name opening with a known given name, a comma
/// and a capitalised affiliation, then the closing mark; the name is the speaker.
/// </summary>
internal static class QuotedSignatureLine
{
    private const int MaxLineLength = 90;

    /// <summary>The small words an affiliation or office may hold between its capitalised words (shared with <see cref="AffiliatedSignatureLine"/>).</summary>
    internal static readonly HashSet<string> AffiliationConnectors = ["of", "for", "and", "at", "the", "on", "in"];

    public static SpeakerCandidate? Find(string text, IReadOnlyList<TextSpan> paragraphs, QuotedSegment segment)
    {
        if (!segment.IsOpenEnded || segment.OpenMark != paragraphs[segment.Paragraph].Start || segment.Paragraph + 1 >= paragraphs.Count)
        {
            return null;
        }

        var line = paragraphs[segment.Paragraph + 1];
        var comma = text.IndexOf(',', line.Start, line.Length);
        if (line.Length > MaxLineLength || comma < 0 || text[line.End - 1] is not ('"' or '”'))
        {
            return null;
        }

        var name = WordTokenizer.Tokenize(text, line.Start, comma);
        var affiliation = WordTokenizer.Tokenize(text, comma + 1, line.End);
        if (name.Count is < 2 or > 3 || affiliation.Count == 0 || !name.TrueForAll(w => w.IsCapitalized)
            || !EntityLexicon.Shared.IsGivenName(name[0].Text) || !affiliation[0].IsCapitalized
            || !affiliation.TrueForAll(w => w.IsCapitalized || AffiliationConnectors.Contains(w.Text)))
        {
            return null;
        }

        return new SpeakerCandidate(CandidateKind.Name, name.ConvertAll(w => w.Text), line.Start, text[name[0].Start..name[^1].End]);
    }
}
