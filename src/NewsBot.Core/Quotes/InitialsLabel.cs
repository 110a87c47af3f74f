namespace NewsBot.Core.Quotes;

/// <summary>
/// Interviews lead each answer with the interviewee's initials (`N. B. : Mal, je …`, `J.-M. D. : …`): the label is the one
/// person named before it whose name those letters spell, a hyphenated given name giving a letter per part. Two people
/// with the same initials leave the label as written.
/// </summary>
internal static class InitialsLabel
{
    private const int MaxInitials = 4;

    /// <summary>The person named before <paramref name="position"/> whose initials <paramref name="label"/> spells, or null.</summary>
    public static NameMention? Person(string label, NameIndex names, int position)
    {
        if (Initials(label) is not { } initials)
        {
            return null;
        }

        NameMention? found = null;
        foreach (var mention in names.Mentions)
        {
            if (mention.Span.Start >= position || mention.InsideQuote || mention.Kind is not (NameKind.Person or NameKind.Unknown)
                || !Spells(mention.Words, initials))
            {
                continue;
            }

            if (found is not null && found.Text != mention.Text)
            {
                return null;
            }

            found = mention;
        }

        return found;
    }

    /// <summary>`N. B.` → `NB`, `J.-M. D.` → `JMD`: every letter a capital followed by a full stop; null for anything else.</summary>
    private static string? Initials(string label)
    {
        var letters = new System.Text.StringBuilder(MaxInitials);
        var trimmed = label.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c) || i + 1 >= trimmed.Length || trimmed[i + 1] != '.' || letters.Length == MaxInitials)
                {
                    return null;
                }

                letters.Append(c);
            }
            else if (c is not ('.' or ' ' or '-'))
            {
                return null;
            }
        }

        return letters.Length >= 2 ? letters.ToString() : null;
    }

    private static bool Spells(IReadOnlyList<string> words, string initials)
    {
        var at = 0;
        foreach (var word in words)
        {
            foreach (var part in word.Split('-'))
            {
                if (part.Length == 0 || !char.IsUpper(part[0]))
                {
                    continue;
                }

                if (at == initials.Length || part[0] != initials[at])
                {
                    return false;
                }

                at++;
            }
        }

        return at == initials.Length;
    }
}
