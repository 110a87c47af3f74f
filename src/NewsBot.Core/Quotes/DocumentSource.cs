using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `according to a statement from the Ministry of Transport`, `said a report by the Harbour Authority`: a document speaks
/// for whoever issued it, so the speaker is the named body or person after `from`/`by`/`of`, not the document.
/// </summary>
internal static class DocumentSource
{
    private static readonly FrozenSet<string> DocumentNouns = new[]
    {
        "statement", "statements", "report", "release", "letter", "memo", "filing", "document", "documents", "ruling",
        "complaint", "study", "survey", "analysis", "email", "e-mail", "tweet", "post", "notice", "transcript", "affidavit",
        "judgment", "judgement", "decision", "bulletin", "announcement", "communique", "communiqué", "brief", "lawsuit", "order",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Issuers = new[] { "from", "by", "of" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// `a court document filed by …`, `a statement released by …`: participles that make the agent the author. Not `obtained`,
    /// `seen` or `reviewed by`: those name whoever read the document.
    /// </summary>
    private static readonly FrozenSet<string> Authoring = new[]
    {
        "filed", "released", "issued", "signed", "written", "published", "sent", "posted", "prepared", "submitted", "drafted", "authored",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool AuthoredBy(IReadOnlyList<Word> words, int at) => at + 2 < words.Count && Authoring.Contains(words[at].Lower) && words[at + 1].Lower == "by";

    /// <summary>The words naming the issuer when <paramref name="words"/> opens with a determined document noun; else null.</summary>
    public static List<Word>? Issuer(IReadOnlyList<Word> words)
    {
        // At most `a new joint statement`: the document noun comes early, right after its determiner and adjectives.
        for (var i = 1; i < Math.Min(words.Count - 2, 5); i++)
        {
            var issuer = i + 1 + (AuthoredBy(words, i + 1) ? 1 : 0);
            if (DocumentNouns.Contains(words[i].Lower) && Issuers.Contains(words[issuer].Lower) && FunctionWords.IsDeterminer(words[0].Text)
                && words.Skip(issuer + 1).Take(4).Any(NameLexicon.IsNameWord))
            {
                return words.Skip(issuer + 1).ToList();
            }
        }

        return null;
    }
}
