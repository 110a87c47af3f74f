namespace NewsBot.Core.Quotes;

/// <summary>
/// `Helen Mayer has run the firm since her father, Karl Mayer, retired. (¶) Mayer said …`: a relative introduced in
/// apposition to a kinship noun shares the surname of the person the article is about, and the bare surname stays with
/// that person; the relative is named in full whenever they speak.
/// </summary>
internal static class KinApposition
{
    private static readonly HashSet<string> KinNouns = new(StringComparer.Ordinal)
    {
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt", "cousin",
        "grandfather", "grandmother", "grandson", "granddaughter", "nephew", "niece", "stepfather", "stepmother",
    };

    /// <summary>The other full form with the same surname when <paramref name="full"/> is a relative's apposition, else <paramref name="full"/>.</summary>
    public static NameMention? Prefer(string text, NameIndex names, NameMention? full, int position)
    {
        if (full is not { Words.Count: >= 2 } || !IsKin(text, full.Span.Start))
        {
            return full;
        }

        var other = names.Mentions.FirstOrDefault(m => m is { Kind: NameKind.Person, InsideQuote: false, Words.Count: >= 2 } && m.Span.Start < position
            && m.LastWord == full.LastWord && m.Text != full.Text && !IsKin(text, m.Span.Start));
        return other ?? full;
    }

    /// <summary>`her father, Karl Mayer`, `his wife Ada Holm`: a possessive and a kinship noun right before the name.</summary>
    private static bool IsKin(string text, int nameStart)
    {
        var words = WordTokenizer.Tokenize(text, Math.Max(0, nameStart - 30), nameStart);
        return words.Count >= 2 && KinNouns.Contains(words[^1].Lower) && words[^2].Lower is "her" or "his" or "their" or "whose";
    }
}
