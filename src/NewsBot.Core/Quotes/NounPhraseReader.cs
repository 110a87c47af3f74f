namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the speaker phrase next to a reporting verb: the name and the role around it
/// (`Kremlin spokesperson Dmitry Peskov`, `Peskov, the Kremlin spokesperson,`), a pronoun, `the company` or a description.
/// </summary>
internal static class NounPhraseReader
{
    /// <summary>The phrase that ends right before the verb (`X said`), skipping asides such as `, 54,` or `, in a statement,`.</summary>
    public static SpeakerCandidate? BeforeVerb(string text, IReadOnlyList<Word> words) => SpeakerPhraseBeforeVerb.Read(text, words);

    /// <summary>The phrase that follows the verb (`said Dmitry Peskov, the Kremlin spokesperson`).</summary>
    public static SpeakerCandidate? AfterVerb(string text, IReadOnlyList<Word> words) => SpeakerPhraseAfterVerb.Read(text, words);

    /// <summary>The speaker phrase at the end of <paramref name="phrase"/>.</summary>
    public static SpeakerCandidate? Head(string text, List<Word> phrase) => SpeakerPhraseHead.Read(text, phrase);
}
