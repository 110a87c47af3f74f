using System.Text.RegularExpressions;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A name the lexicon reads as a person's or does not know, which the English text itself introduces as a body: `Big
/// Machine, which was bought …`, `Big Machine have denied …` (a plural verb after a singular name), `The company that runs
/// the awards, Brightstar Productions, …`, `Harbour Lights, her former label,`, `an engineer at Quayside Works`, `Deskly is
/// headquartered in …`, `Deskly's parent company`. Every mention of that name is then an organisation, so `the company
/// said` and `they said` can find it (`it said` stays unresolved: tried, it gave the held-out half a wrong name). A name
/// the article also writes after a given name (`Jane Roe`, then `Roe`) stays a person.
/// </summary>
internal static partial class IntroducedBody
{
    public static List<NameMention> Mark(string text, List<NameMention> mentions)
    {
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (Markable(mention, mentions) && HasBodyCue(text, mention))
            {
                bodies.Add(mention.Text);
            }
        }

        return bodies.Count == 0
            ? mentions
            : mentions.Select(m => Markable(m, mentions) && bodies.Contains(m.Text) ? m with { Kind = NameKind.Organisation, Gender = Gender.Unknown } : m).ToList();
    }

    private static bool Markable(NameMention mention, List<NameMention> mentions) =>
        mention is { Kind: NameKind.Person or NameKind.Unknown, Title: null, InsideQuote: false }
        && !(mention.Words.Count <= 2 && EntityLexicon.Shared.IsGivenName(mention.Words[0]))
        && !WrittenAfterGivenName(mention, mentions);

    /// <summary>`Jane Roe`, then `Roe`: a person the article names with a given name; a plain loop, since it runs for every pair of mentions.</summary>
    private static bool WrittenAfterGivenName(NameMention mention, List<NameMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == NameKind.Person && m.Words.Count >= 2 && m.LastWord == mention.LastWord && EntityLexicon.Shared.IsGivenName(m.Words[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBodyCue(string text, NameMention mention)
    {
        // Read in place: copying the two stretches was a twentieth of a pass's allocations.
        var after = text.AsSpan(mention.Span.End, Math.Min(80, text.Length - mention.Span.End));
        var before = text.AsSpan(Math.Max(0, mention.Span.Start - 200), Math.Min(200, mention.Span.Start));
        return WhichClause().IsMatch(after) || OwnedThing().IsMatch(after)
            || (PluralVerb().IsMatch(after) && !CoordinatedOrAuxiliary().IsMatch(before))
            || HasBodyApposition(after)
            || ObjectOfAJob().IsMatch(before) || AppositionToABodyNoun(before);
    }

    private static bool HasBodyApposition(ReadOnlySpan<char> after)
    {
        foreach (var apposition in BodyApposition().EnumerateMatches(after))
        {
            return !after.Slice(apposition.Index, apposition.Length).Contains(" of ", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>`The company that runs the awards, Brightstar Productions,`: the sentence opens with a body noun the name renames.</summary>
    private static bool AppositionToABodyNoun(ReadOnlySpan<char> before)
    {
        if (!before.EndsWith(", ", StringComparison.Ordinal))
        {
            return false;
        }

        var sentenceStart = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf('\n')) + 1;
        var match = SentenceOpeningBodyNoun().Match(before[sentenceStart..].TrimStart().ToString());
        return match.Success && RoleLexicon.IsOrganisationNoun(match.Groups[1].Value);
    }

    [GeneratedRegex(@"^, which [a-z]")]
    private static partial Regex WhichClause();

    [GeneratedRegex(@"^(?:['’]s (?:parent company|shares|stock|headquarters|subsidiary|board)\b| is headquartered\b)")]
    private static partial Regex OwnedThing();

    [GeneratedRegex(@"^ (?:have|are) (?!been\b)[a-z]")]
    private static partial Regex PluralVerb();

    [GeneratedRegex(@"(?:\b(?:and|or|&|did|do|does|would|could|should|will|if|the)|,) $")]
    private static partial Regex CoordinatedOrAuxiliary();

    /// <summary>`, her former label,`, `, a ferry company based in …`: a body noun heads the apposition (`a member of the committee` does not).</summary>
    [GeneratedRegex(@"^, (?:a|an|the|its|her|his|their) (?:[a-z-]+ ){0,2}(?:company|firm|label|brand|chain|operator|group|agency|charity|startup|publisher|studio|carrier|airline|bank|manufacturer|retailer|insurer)(?=[,.;]| that\b| which\b| based\b| owned\b)")]
    private static partial Regex BodyApposition();

    [GeneratedRegex(@"\b(?:spokesperson|spokesman|spokeswoman|engineer|executive|analyst|manager|director|researcher|scientist|employee|worker|official|representative|economist) (?:at|for) $")]
    private static partial Regex ObjectOfAJob();

    [GeneratedRegex(@"^(?:The|A|An) (?:[a-z-]+ )?([a-z]+) (?:that|which) ")]
    private static partial Regex SentenceOpeningBodyNoun();
}
