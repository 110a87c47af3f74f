namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A Spanish or Portuguese reporting verb in the third person plural (`agregaron`, `dicen`, `afirmaram`, `dizem`): its
/// dropped subject is a group, never the one person the text was about.
/// </summary>
internal static class PluralVerb
{
    private static readonly string[] SpanishEndings = ["aron", "ieron", "eron", "aban", "ían", "arán", "erán", "irán", "an", "en"];
    private static readonly string[] PortugueseEndings = ["aram", "eram", "iram", "avam", "iam", "arão", "erão", "irão", "am", "em"];

    /// <summary>Whether a word of the verb <paramref name="verb"/> is a third person plural form (`han dicho` too).</summary>
    public static bool Is(IReadOnlyList<Word> words, VerbMatch verb, LanguageKnowledge language)
    {
        var endings = language.Code switch
        {
            "es" => SpanishEndings,
            "pt" => PortugueseEndings,
            _ => [],
        };
        for (var i = verb.First; i <= verb.Last && endings.Length > 0; i++)
        {
            var lower = words[i].Lower;
            if (lower is "han" or "habían" or "têm" or "tinham" || (language.Verbs.Contains(lower) && endings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
