namespace NewsBot.Core.Quotes.Entities;

/// <summary>The languages with a common-word list, in the order of their resources.</summary>
internal static class LexiconLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "de", "fr", "es", "it", "pt"];

    /// <summary>The index of a language code ("de", "de-AT", "DE"), or -1 when there is no list for it.</summary>
    public static int IndexOf(string? language)
    {
        if (language is null || language.Length < 2)
        {
            return -1;
        }

        var code = language.AsSpan(0, 2);
        for (var i = 0; i < All.Count; i++)
        {
            if (code.Equals(All[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
