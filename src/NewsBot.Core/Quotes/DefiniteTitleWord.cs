using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `the Collector said`, `the Alhaji said`, `the Bureau said`: a capitalised word behind `the` is a description, not a
/// name, since names take no article. It means the person the article introduced with that word right before the name
/// (`District Collector K. Nandhini Devarajan`, `Alhaji Raheem Adigun`) or the body whose name holds it (`Bureau of
/// Meteorology`); with neither, the caller reads it as before.
/// </summary>
internal static class DefiniteTitleWord
{
    private const int MaxGapToName = 2;

    public static NameMention? Holder(string text, NameIndex names, SpeakerCandidate candidate)
    {
        if (candidate.Words.Count != 1 || !FollowsArticle(text, candidate.Position))
        {
            return null;
        }

        var word = candidate.Words[0];
        if (!NameLexicon.Honorifics.Contains(word) && (EntityLexicon.Shared.IsGivenName(word) || EntityLexicon.Shared.IsSurname(word)))
        {
            return null;
        }

        for (var i = names.Mentions.Count - 1; i >= 0; i--)
        {
            var m = names.Mentions[i];
            if (m.Span.Start < candidate.Position && m is { InsideQuote: false, Kind: NameKind.Person } && (TitleHolds(m, word) || WrittenRightBefore(text, m, word)))
            {
                return m;
            }
        }

        return names.OrganisationCalled(word, candidate.Position) is { } body && body.Words.Count > 1 && body.Span.Start < candidate.Position ? body : null;
    }

    /// <summary>`Alhaji` of `Alhaji Raheem Adigun`, `Collector` of `District Collector K. Nandhini Devarajan`: a title word before the surname.</summary>
    private static bool TitleHolds(NameMention mention, string word)
    {
        if (mention.Title is { } title && title.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var i = 0; i < mention.Words.Count - 1; i++)
        {
            if (string.Equals(mention.Words[i], word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsArticle(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        return before.EndsWith(" the", StringComparison.Ordinal) || before.EndsWith("The", StringComparison.Ordinal) && (before.Length == 3 || !char.IsLetter(before[^4]));
    }

    private static bool WrittenRightBefore(string text, NameMention mention, string word)
    {
        var before = text.AsSpan(0, mention.Span.Start).TrimEnd();
        return before.EndsWith(word, StringComparison.Ordinal) && before.Length - word.Length >= 0
            && (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1]))
            && mention.Span.Start - before.Length <= MaxGapToName;
    }
}
