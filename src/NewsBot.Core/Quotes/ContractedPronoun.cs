namespace NewsBot.Core.Quotes;

/// <summary>`he’d`, `she'll`: the personal pronoun before a contracted `would`/`had`/`will`.</summary>
internal static class ContractedPronoun
{
    private static readonly string[] ContractedAuxiliaries = ["’d", "'d", "’ll", "'ll"];

    /// <summary>The pronoun under the contraction, else null.</summary>
    public static string? Under(string word)
    {
        foreach (var suffix in ContractedAuxiliaries)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word[..^suffix.Length] is "he" or "she" or "they")
            {
                return word[..^suffix.Length];
            }
        }

        return null;
    }
}
