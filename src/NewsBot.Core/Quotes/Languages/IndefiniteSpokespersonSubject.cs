namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Ein Sprecher von Kestner sagte: „…“`, `Eine Sprecherin des Ministeriums erklärte:`: an indefinite spokesperson before the
/// verb is read as after it (`sagte ein Sprecher von Kestner`): for the body the complement names, or the one person given the
/// office; a compound (`Eine Bahn-Sprecherin sagte:`) for the body its modifier names, as after the verb. Null where the phrase
/// is no spokesperson, so any other indefinite subject stays someone unnamed.
/// </summary>
internal static class IndefiniteSpokespersonSubject
{
    public static Subject? Read(string text, List<Word> phrase, int anchor, int notBefore, LanguageKnowledge language, DescriptionSubject descriptions)
    {
        if ((NamedBodySpokesperson.Find(phrase) ?? GermanCompoundSpokesperson.Find(text, phrase, language)) is { } named)
        {
            return Subject.Of(named);
        }

        return phrase.Count > 1 && SpokespersonOfBody.Describes(phrase, language) ? descriptions.Describe(phrase, anchor, notBefore, Gender.Unknown) : null;
    }
}
