using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” Calder said. … “…,” said the actor.`: English papers go on about the person just quoted with a person noun the
/// article never gave anyone as a role. Such a definite description continues the speaker of the quote before it, in the
/// same or the previous paragraph, when no other person was named outside quotes in between, the speaker was given no
/// other role, the noun's gender does not contradict the speaker's given name, and the article never brought in someone
/// new with that noun (`a senior official … said the official` is that anonymous official, not the last name quoted) nor
/// describes them now (`said the designer, who works for another brand`).
/// </summary>
internal static class DescribedLastSpeaker
{
    private const int MaxDescriptionWords = 3;

    public static Attribution? Find(string text, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] result, int index, SpeakerCandidate description)
    {
        if (index == 0 || description.Words.Count is 0 or > MaxDescriptionWords || !Definite(text, description.Position)
            || description.Words.Any(w => w.Length == 0 || char.IsUpper(w[0])))
        {
            return null;
        }

        var noun = description.Words[^1].ToLowerInvariant();
        var previous = segments[index - 1];
        if (!IsPersonNoun(noun)
            || result[index - 1] is not { Speaker: { } speaker, Kind: CandidateKind.Name } prior
            || segments[index].Paragraph - previous.Paragraph > 1
            || (prior.Role is { } role && !role.Contains(noun, StringComparison.OrdinalIgnoreCase))
            || OtherPersonNamed(names, previous.Outer.End, segments[index].OpenMark, speaker)
            || GenderDisagrees(noun, speaker)
            || IntroducedAnonymously(text, segments, noun, description.Position)
            || IntroducesWithRelativeClause(text, description))
        {
            return null;
        }

        var source = previous.Paragraph == segments[index].Paragraph ? AttributionSource.SameParagraphTurn : AttributionSource.NextParagraphTurn;
        return prior with { FromCue = true, Source = source, Cue = description.Cue, Kind = CandidateKind.Description, Resolution = NameResolution.Referent };
    }

    /// <summary>A role word, or a noun whose ending names a person (`actor`, `pianist`, `comedian`, `actress`).</summary>
    private static bool IsPersonNoun(string noun) =>
        RoleLexicon.IsRoleNoun(noun) || EntityKnowledge.IsRoleWord(noun, "en")
        || (noun.Length >= 5 && PersonEndings.Any(e => noun.EndsWith(e, StringComparison.Ordinal)));

    private static readonly string[] PersonEndings = ["or", "ist", "ian", "ess"];

    private static bool Definite(string text, int position) =>
        text.AsSpan(position).StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(0, position).TrimEnd().EndsWith(" the", StringComparison.OrdinalIgnoreCase);

    private static bool OtherPersonNamed(NameIndex names, int start, int end, string speaker) =>
        names.Mentions.Any(m => m.Span.Start >= start && m.Span.Start < end && !m.InsideQuote
            && m.Kind is NameKind.Person or NameKind.Unknown && !speaker.Split(' ').Contains(m.LastWord, StringComparer.Ordinal));

    private static bool GenderDisagrees(string noun, string speaker)
    {
        var nounGender = RoleLexicon.FemaleRoles.Contains(noun) || noun.EndsWith("ess", StringComparison.Ordinal) ? Gender.Female
            : RoleLexicon.MaleRoles.Contains(noun) ? Gender.Male : Gender.Unknown;
        var nameGender = EntityLexicon.Shared.GenderOf(speaker.Split(' ')[0], "en");
        return nounGender != Gender.Unknown && nameGender != Gender.Unknown && nounGender != nameGender;
    }

    /// <summary>`said the designer, who works for another brand`: a relative clause describes someone the reader meets now.</summary>
    internal static bool IntroducesWithRelativeClause(string text, SpeakerCandidate description)
    {
        var noun = description.Words[^1];
        var at = text.IndexOf(noun, description.Position, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = text.AsSpan(at + noun.Length).TrimStart(", ");
        return after.StartsWith("who ", StringComparison.Ordinal) || after.StartsWith("whose ", StringComparison.Ordinal);
    }

    /// <summary>`a senior official`, `an actor who …`, `another analyst`: the noun brought in someone new before, outside quotes.</summary>
    internal static bool IntroducedAnonymously(string text, IReadOnlyList<QuotedSegment> segments, string noun, int position)
    {
        var words = WordTokenizer.Tokenize(text, 0, position);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Lower is not ("a" or "an" or "another" or "one"))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && k - i <= MaxDescriptionWords; k++)
            {
                if (words[k].Lower == noun && !segments.Any(s => s.Outer.Contains(words[k].Start)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
