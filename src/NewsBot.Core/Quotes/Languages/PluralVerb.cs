namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A Spanish, Portuguese or Italian reporting verb in the third person plural (`agregaron`, `dicen`, `afirmaram`, `dizem`,
/// `spiegano`, `fanno sapere`): its dropped subject is a group, never the one person the text was about.
/// </summary>
internal static class PluralVerb
{
    private static readonly string[] SpanishEndings = ["aron", "ieron", "eron", "aban", "ían", "arán", "erán", "irán", "an", "en"];
    private static readonly string[] PortugueseEndings = ["aram", "eram", "iram", "avam", "iam", "arão", "erão", "irão", "am", "em"];

    /// <summary>No Italian third person singular ends so (`spiegano`, `dicono`, `dissero`, `diranno`).</summary>
    private static readonly string[] ItalianEndings = ["ano", "ono", "ero", "anno"];

    /// <summary>Whether a word of the verb <paramref name="verb"/> is a third person plural form (`han dicho` too).</summary>
    public static bool Is(IReadOnlyList<Word> words, VerbMatch verb, LanguageKnowledge language)
    {
        var endings = language.Code switch
        {
            "es" => SpanishEndings,
            "pt" => PortugueseEndings,
            "it" => ItalianEndings,
            _ => [],
        };
        for (var i = verb.First; i <= verb.Last && endings.Length > 0; i++)
        {
            var lower = words[i].Lower;
            if (lower is "han" or "habían" or "têm" or "tinham" or "hanno" or "avevano" or "fanno" or "facevano" || (language.Verbs.Contains(lower) && endings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
