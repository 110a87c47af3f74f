namespace NewsBot.Core.Quotes.Languages;

/// <summary>The person a verb without its subject continues, unless the verb is plural (`agregaron`: a group spoke).</summary>
internal sealed class DroppedSubjectReader(string text, LanguageKnowledge language, SubjectReader subjects)
{
    public Subject Find(List<Word> words, VerbMatch verb, int anchor, int notBefore) =>
        PluralVerb.Is(words, verb, language) ? Subject.Anonymous(words[verb.First].Start) : subjects.Refer(anchor, notBefore, PronounBeforeQuote.GenderBefore(text, anchor, notBefore, language), words[verb.First].Start);
}
