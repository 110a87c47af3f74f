namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The people an article tied an origin's words to before a position (`der Münchner Lukas Oberhofer`, `Die Hamburger Tjark
/// Evers und Malte Heinsohn`, `Oberhofer aus München`): every person named right after the word in its sentence, else the one
/// just before it. One holder is the epithet's referent; two or none leave it to no one.
/// </summary>
internal static class OriginHolders
{
    private const int After = 60;
    private const int Before = 40;

    public static PersonMention? Single(string text, PersonNames people, IReadOnlyList<string> words, int position, out bool several)
    {
        several = false;
        PersonMention? holder = null;
        foreach (var word in words)
        {
            foreach (var at in WordOccurrences.Before(text, word, position))
            {
                if (people.InsideQuote(at))
                {
                    continue;
                }

                foreach (var person in Tied(text, people, at, word.Length))
                {
                    if (holder is not null && holder.Words[^1] != person.Words[^1])
                    {
                        several = true;
                        return null;
                    }

                    holder ??= person;
                }
            }
        }

        return holder;
    }

    private static List<PersonMention> Tied(string text, PersonNames people, int at, int length)
    {
        var end = Math.Min(text.Length, at + length + After);
        var stop = text.IndexOfAny(SentenceEnds, at + length, end - at - length);
        var tied = new List<PersonMention>();
        for (var person = people.Latest(stop < 0 ? end : stop, at + length, Gender.Unknown); person is not null; person = people.Latest(person.Start, at + length, Gender.Unknown))
        {
            tied.Add(person);
        }

        if (tied.Count == 0 && people.Latest(at, Math.Max(0, at - Before), Gender.Unknown) is { } before
            && text.AsSpan(before.Start, at - before.Start).IndexOfAny(SentenceEnds) < 0)
        {
            tied.Add(before);
        }

        return tied;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];
}
