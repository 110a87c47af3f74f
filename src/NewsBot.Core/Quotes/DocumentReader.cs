using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `A letter seen by the Post, sent by Farrowdale Water …, says:`: who saw or obtained a document (an outlet, a court) is
/// no speaker of it. The sender named in a later `sent by` / `signed by` segment speaks; with none, the phrase names no one
/// (the caller may still fall back to the sentence's subject).
/// </summary>
internal static class DocumentReader
{
    private static readonly FrozenSet<string> DocumentNouns = new[]
    {
        "letter", "email", "e-mail", "memo", "report", "document", "documents", "note", "message", "draft", "file", "files", "minutes",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReadingVerbs = new[] { "seen", "obtained", "reviewed", "read", "leaked" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SendingVerbs = new[] { "sent", "signed", "written" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the first segment is such a document; <paramref name="sender"/> is the words after its sender's `by`.</summary>
    public static bool Opens(List<List<Word>> segments, out List<Word>? sender)
    {
        sender = null;
        var first = segments[0];
        if (first.Count < 4 || !FunctionWords.IsDeterminer(first[0].Text) || !DocumentNouns.Contains(first[1].Lower)
            || !ReadingVerbs.Contains(first[2].Lower) || first[3].Lower != "by")
        {
            return false;
        }

        for (var s = 1; s < segments.Count; s++)
        {
            var words = segments[s];
            if (words.Count > 2 && SendingVerbs.Contains(words[0].Lower) && words[1].Lower is "by" or "from")
            {
                sender = words.GetRange(2, words.Count - 2);
                break;
            }
        }

        return true;
    }
}
