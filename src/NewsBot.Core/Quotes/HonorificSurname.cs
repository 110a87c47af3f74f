using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Anna Roe … Mark Roe … “…,” said Ms Roe.`: when the article names two or more people with the surname, the honorific's
/// gender picks the one person of that gender; two of that gender (or one whose gender is unknown beside them) leave the
/// quote unattributed rather than naming the latest. A relative introduced in apposition (`her brother Mark Roe`) is left
/// to <see cref="KinApposition"/>: the bare surname stays with the person the article is about.
/// </summary>
internal static class HonorificSurname
{
    /// <summary>True when the rule decides: <paramref name="person"/> is the one, or null for no one.</summary>
    public static bool TryChoose(string text, NameIndex names, IReadOnlyList<string> words, int position, out NameMention? person)
    {
        person = null;
        if (words.Count != 1 || HonorificGender.HonorificBefore(text, position) is not { } wanted)
        {
            return false;
        }

        var bearers = names.Mentions
            .Where(m => m is { Kind: NameKind.Person, InsideQuote: false, Words.Count: >= 2 } && m.Span.Start < position
                && string.Equals(m.LastWord, words[0], StringComparison.Ordinal) && !KinApposition.IsKin(text, m.Span.Start))
            .GroupBy(GivenNames, StringComparer.Ordinal).Select(g => g.MinBy(m => m.Words.Count)!).ToList();
        if (bearers.Count < 2)
        {
            return false;
        }

        var fitting = bearers.Where(m => GenderOf(m) is var gender && (gender == wanted || gender == Gender.Unknown)).ToList();
        person = fitting.Count == 1 && GenderOf(fitting[0]) == wanted ? fitting[0] : null;
        return true;
    }

    /// <summary>`Fisherman Mark Roe` and `Mark Roe` are one person: the given names, not the words before them, tell people apart.</summary>
    private static string GivenNames(NameMention mention) =>
        string.Join(' ', mention.Words.Take(mention.Words.Count - 1).Where(EntityLexicon.Shared.IsGivenName).DefaultIfEmpty(mention.Text));

    private static Gender GenderOf(NameMention mention) =>
        mention.Gender != Gender.Unknown ? mention.Gender
        : mention.Words.Take(mention.Words.Count - 1).Select(w => EntityLexicon.Shared.GenderOf(w)).FirstOrDefault(g => g != Gender.Unknown);
}
