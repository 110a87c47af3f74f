namespace NewsBot.Core.Quotes;

/// <summary>
/// `Helen Mayer has run the firm since her father, Karl Mayer, retired. (¶) Mayer said …`: a relative introduced in
/// apposition to a kinship noun shares the surname of the person the article is about, and the bare surname stays with
/// that person; the relative is named in full whenever they speak. `Helen Mayer, 35, the daughter of retired baker Karl
/// Mayer,` introduces the relative the same way.
/// </summary>
internal static class KinApposition
{
    private static readonly HashSet<string> KinNouns = new(StringComparer.Ordinal)
    {
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt", "cousin",
        "grandfather", "grandmother", "grandson", "granddaughter", "nephew", "niece", "stepfather", "stepmother",
        "widow", "widower", "parents",
    };

    /// <summary>`father`, `widow`, `parents`: a noun naming someone by kinship to another.</summary>
    public static bool IsKinNoun(string word) => KinNouns.Contains(word.ToLowerInvariant());

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

    /// <summary>
    /// `her father, Karl Mayer`, `his wife Ada Holm`: a possessive and a kinship noun right before the name; `the daughter of
    /// retired baker Karl Mayer`: a kinship noun and `of` at most three words before it.
    /// </summary>
    public static bool IsKin(string text, int nameStart)
    {
        var words = WordTokenizer.Tokenize(text, Math.Max(0, nameStart - 60), nameStart);
        if (words.Count >= 2 && KinNouns.Contains(words[^1].Lower) && words[^2].Lower is "her" or "his" or "their" or "whose")
        {
            return true;
        }

        for (var i = words.Count - 1; i >= 1 && i >= words.Count - 4; i--)
        {
            if (words[i].Lower == "of" && KinNouns.Contains(words[i - 1].Lower))
            {
                // `the daughter of the mayor, Karl Mayer, and …` leaves doubt about whose relative the name is.
                return WordTokenizer.Gap(text, words[i].End, nameStart).IndexOfAny([',', ';', '.']) < 0;
            }
        }

        return false;
    }
}
