namespace NewsBot.Core.Quotes;

/// <summary>
/// `Daniel, our lead tester, explains, “…”` then `“…,” our lead tester said.`: a definite description that repeats word for
/// word the appositive the article set after one person's name refers back to that person, whatever its noun (the role
/// lexicon need not know `tester` or `harbour master`: the article itself gave the words as someone's role). Two people
/// given the same appositive leave it to no one.
/// </summary>
internal static class EchoedRole
{
    private const int MaxRoleWords = 5;

    /// <summary>How far after a name its appositive is read.</summary>
    private const int Window = 60;

    private static readonly HashSet<string> Definite = ["the", "our", "its", "their"];

    public static string? Find(string text, NameIndex names, SpeakerCandidate candidate)
    {
        var described = DescribedWords(text, candidate);
        if (described is null)
        {
            return null;
        }

        var holders = names.Mentions
            .Where(m => m.Span.End <= candidate.Position && !m.InsideQuote && m.Kind is NameKind.Person or NameKind.Unknown)
            .Where(m => Appositive(text, m.Span.End) is { } role && role.SequenceEqual(described, StringComparer.Ordinal))
            .Select(m => names.FullForm(m.Words, m.Span.Start)?.Text ?? m.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>The description's words after its determiner, up to its head noun; null when it opens with no definite determiner.</summary>
    private static List<string>? DescribedWords(string text, SpeakerCandidate candidate)
    {
        var words = WordTokenizer.Tokenize(text, candidate.Position, Math.Min(text.Length, candidate.Position + Window));
        var head = words.FindIndex(w => w.Lower == candidate.Words[0]);
        if (head < 1 || head > MaxRoleWords || !Definite.Contains(words[0].Lower))
        {
            return null;
        }

        return words.Skip(1).Take(head).Select(w => w.Lower).ToList();
    }

    /// <summary>`, our lead tester,` right after a name: the words between the commas, without their determiner.</summary>
    private static List<string>? Appositive(string text, int nameEnd)
    {
        if (!text.AsSpan(nameEnd).StartsWith(", ", StringComparison.Ordinal))
        {
            return null;
        }

        var close = text.IndexOf(',', nameEnd + 2, Math.Min(Window, text.Length - nameEnd - 2));
        if (close < 0)
        {
            return null;
        }

        var words = WordTokenizer.Tokenize(text, nameEnd + 2, close);
        if (words.Count < 2 || words.Count > MaxRoleWords + 1 || !Definite.Contains(words[0].Lower) || text.AsSpan(nameEnd + 2, close - nameEnd - 2).IndexOfAny(".\n") >= 0)
        {
            return null;
        }

        return words.Skip(1).Select(w => w.Lower).ToList();
    }
}
