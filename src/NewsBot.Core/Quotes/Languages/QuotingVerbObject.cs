using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `„…“, zitiert die Zeitung Nordlicht den Biologen Jan Asmus`: after `zitiert` the subject is who passes the words on (an
/// outlet, a colleague); the speaker is the person in the verb's object. The object's article (`den`, `die`) or possessive
/// opens it; with no person there (`zitiert Bach den Berichtsband`) the subject reads the words out and stays the speaker.
/// </summary>
internal static partial class QuotingVerbObject
{
    private const int MaxClauseLength = 120;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",.;:!?\n„“”\"«»");

    public static SpeakerCandidate? Checked(SpeakerCandidate? found, string text, PersonNames people)
    {
        if (found is not { Kind: CandidateKind.Name, Resolved: false } || !QuotingVerbBefore().IsMatch(text.AsSpan(0, found.Position)))
        {
            return found;
        }

        var clause = text.AsSpan(found.Position, Math.Min(MaxClauseLength, text.Length - found.Position));
        var breakAt = clause.IndexOfAny(ClauseBreaks);
        var end = found.Position + (breakAt < 0 ? clause.Length : breakAt);
        var person = people.Latest(end, found.Position + 1, Gender.Unknown);
        if (person is null || PersonNames.SameSurname(person.Words, found.Words)
            || !ObjectOpener().IsMatch(text.AsSpan(found.Position, person.Start - found.Position)))
        {
            return found;
        }

        var name = people.Fullest(person.Words);
        return new SpeakerCandidate(CandidateKind.Name, name, person.Start, string.Join(' ', name)) { Gender = person.Gender, Cue = found.Cue };
    }

    [GeneratedRegex(@"\bzitiert(?:e|en)?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotingVerbBefore();

    [GeneratedRegex(@"\s(?:den|die|seinen|seine|ihren|ihre)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectOpener();
}
