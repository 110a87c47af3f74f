using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” the Minister stated.`, `the judge said in her order`, `the 21-year-old admitted`, `said the spokeswoman`: a definite
/// role, age or `teenager` with no name refers to the one person the article gave it before the quote, in the words before
/// the name (`Health Minister Tom Orji`, `Justice Mira Anand`, `The Speaker of the House, Rt. Hon. Aliyu Yusuf,`) or in an
/// apposition after it (`Kai Fenn, 21,`, `Eilidh Shaw, the spokeswoman,`). Two holders or none name no one: `the Minister`
/// as written is no speaker, and the latest name before the cue (`at Peelamedu, the Minister said`) is no holder. English only.
/// </summary>
internal static partial class RoleBackReference
{
    private const int Window = 70;

    /// <summary>A role written differently where the article introduced its holder.</summary>
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["judge"] = ["judge", "justice", "magistrate", "recorder"],
        ["justice"] = ["judge", "justice"],
        ["spokeswoman"] = ["spokeswoman", "spokesperson"],
        ["spokesman"] = ["spokesman", "spokesperson"],
        ["spokesperson"] = ["spokesperson", "spokeswoman", "spokesman"],
        ["chairman"] = ["chairman", "chair"],
        ["chairwoman"] = ["chairwoman", "chair"],
    };

    /// <summary>Role nouns too loose to point at one person (`the former …`, `the source`).</summary>
    private static readonly HashSet<string> Loose = ["former", "senior", "top", "vice", "source", "press", "member", "head", "chief", "friend", "partner", "fellow", "general", "voter", "resident", "worker", "student", "witness", "victim", "critic", "observer", "deputy", "official", "expert"];

    public static Attribution? Find(string text, QuotedSegment segment, NameIndex names, Attribution current)
    {
        if (current.Speaker is not null && current.Kind != CandidateKind.Description || Cue(text, segment) is not { } cue)
        {
            return null;
        }

        // `the Florida senator` as written names its source well enough; only a bare `the Minister` is no speaker.
        var bare = current is { Speaker: { } written, Resolution: NameResolution.Description } && written.Split(' ').Length <= 2;
        if (current.Speaker is not null && current.Resolution == NameResolution.Description && !bare)
        {
            return null;
        }

        // `said the former president`, `the deputy minister said`: a dating or ranking word names another office than the
        // one the article gave its holder, unless it gave them that word too (`former President Ada Holm`).
        var modifiers = DescriptionModifiers.Before(text[cue.Position..Math.Min(text.Length, cue.Position + Window)], cue.Head);
        var holders = Holders(text, names, cue.Head, modifiers, Math.Min(segment.OpenMark, cue.Position));
        if (holders.Count == 1)
        {
            return new Attribution(holders[0], null, true)
            {
                Resolution = NameResolution.Referent,
                Source = AttributionSource.Cue,
                Cue = cue.Kind,
                Kind = CandidateKind.Description,
                CueDistance = Math.Abs(cue.Position - (cue.Kind == CueKind.Lead ? segment.OpenMark : segment.Outer.End)),
            };
        }

        // Two holders: the latest of them is a guess. No holder: a bare description shown as written is no speaker, and a
        // referent found otherwise (a body's spokesperson) stands.
        return holders.Count > 1 || bare ? current with { Speaker = null, Role = null } : null;
    }

    private static (string Head, int Position, CueKind Kind)? Cue(string text, QuotedSegment segment)
    {
        var tailEnd = Math.Min(text.Length, segment.Outer.End + Window);
        var tail = TailPattern().Match(text[segment.Outer.End..tailEnd]);
        if (tail.Success && TailHead(tail.Groups["words"].Value.Split(' ')) is { } tailHead)
        {
            return (tailHead, segment.Outer.End + tail.Groups["words"].Index, CueKind.Tail);
        }

        var leadStart = Math.Max(0, segment.OpenMark - Window);
        var lead = LeadPattern().Match(text[leadStart..segment.OpenMark]);
        return lead.Success && SubjectHead(lead.Groups["words"].Value.Split(' ')) is { } leadHead
            ? (leadHead, leadStart + lead.Groups["words"].Index, CueKind.Lead)
            : null;
    }

    /// <summary>`the judge said in …`, `the former minister said` or `said the Speaker of …`, `added the former minister`.</summary>
    private static string? TailHead(string[] words)
    {
        if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return SubjectHead(words[1..]);
        }

        if (words.Length < 3 || !IsSpeech(words[0]) || words[1] != "the")
        {
            return null;
        }

        return HeadOf(words[2]) ?? (words.Length > 3 && Loose.Contains(words[2].ToLowerInvariant()) ? HeadOf(words[3]) : null);
    }

    /// <summary>The words after `the`: a head noun, perhaps after one modifier, then a reporting verb.</summary>
    private static string? SubjectHead(string[] words)
    {
        for (var k = 0; k < 2 && k + 1 < words.Length; k++)
        {
            if (IsSpeech(words[k + 1]) && HeadOf(words[k]) is { } head)
            {
                return head;
            }
        }

        return null;
    }

    private static bool IsSpeech(string verb) =>
        char.IsLower(verb[0]) && (ReportingVerbs.IsReportingVerb(verb) || verb is "admitted" or "stated" or "submitted" or "conceded" or "assured");

    /// <summary>The description's head when it can stand for one person.</summary>
    private static string? HeadOf(string head)
    {
        var lower = head.ToLowerInvariant();
        return AgePattern().IsMatch(lower) || lower == "teenager" || Synonyms.ContainsKey(lower)
            || RoleLexicon.IsRoleNoun(lower) && !Loose.Contains(lower) && !lower.EndsWith('s')
            ? lower
            : null;
    }

    private static List<string> Holders(string text, NameIndex names, string head, List<string> modifiers, int before) =>
        names.Mentions
            .Where(m => m.Span.End <= before && !m.InsideQuote && m.Kind == NameKind.Person && Holds(text, names, m, head) && !RoleWindow.IsTitleComplement(text, names, m)
                && !RoleModifiers.Disagree(modifiers, RoleWindow.Words(text, names, m).Contains, roleSpecifiedOtherwise: false))
            .Select(m => names.FullForm(m.Words, m.Span.Start)?.Text ?? m.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool Holds(string text, NameIndex names, NameMention mention, string head)
    {
        var after = text.AsSpan(mention.Span.End);
        if (AgePattern().Match(head) is { Success: true } age)
        {
            var years = age.Groups["age"].Value;
            return after.StartsWith($", {years},", StringComparison.Ordinal) || after.StartsWith($" ({years})", StringComparison.Ordinal);
        }

        if (head == "teenager")
        {
            return TeenAge().IsMatch(text[mention.Span.End..Math.Min(text.Length, mention.Span.End + 6)]);
        }

        var roles = Synonyms.TryGetValue(head, out var synonyms) ? synonyms : [head];
        return RoleWindow.Words(text, names, mention).Any(w => roles.Contains(w));
    }

    [GeneratedRegex(@"^(?<age>\d{1,3})-year-old$")]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"^(?:, 1[3-9],| \(1[3-9]\))")]
    private static partial Regex TeenAge();

    [GeneratedRegex(@"^[,.!?]?\s*(?<words>[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){1,3})")]
    private static partial Regex TailPattern();

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)The (?<words>[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){1,2})\b[^.!?“”""‘’\n]{0,50}[:,]\s*$")]
    private static partial Regex LeadPattern();
}
