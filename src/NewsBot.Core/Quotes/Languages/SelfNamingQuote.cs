namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `“… y le tira las llaves a Loreto Aravena”, complementó.`: a speaker does not name herself in the third person, so a quote that
/// names its resolved speaker as a whole word is someone else's words about her.
/// </summary>
internal static class SelfNamingQuote
{
    public static bool Names(string text, QuotedSegment segment, SpeakerCandidate speaker)
    {
        var surname = speaker.Words.Count > 0 ? speaker.Words[^1] : null;
        if (surname is null || surname.Length < 3)
        {
            return false;
        }

        var content = text.AsSpan(segment.Content.Start, segment.Content.Length);
        for (var at = content.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = Next(content, surname, at))
        {
            var end = at + surname.Length;
            if ((at == 0 || !char.IsLetter(content[at - 1])) && (end == content.Length || !char.IsLetter(content[end])))
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> content, string word, int at)
        {
            var next = content[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
            return next < 0 ? -1 : at + 1 + next;
        }
    }
}
