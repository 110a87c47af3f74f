using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Marks a name the speaker rules gave on the strength of <see cref="VouchedSurnames"/> alone: its surname is one the lexicon
/// takes for a noun, a place or a role (`Doctor`, `Hainbuch`), so `eval speakers` counts how often such speakers are right
/// under their own evidence key (<see cref="NameResolution.VouchedSurname"/>). Marked after the confidence is set: the key
/// names the evidence without changing how far it is trusted (a vouched name trusted like a full one let wrong speakers through).
/// </summary>
internal static class VouchedSurnameEvidence
{
    public static Attribution Mark(Attribution attribution, string text, string? language)
    {
        if (attribution is not { Kind: CandidateKind.Name, Resolution: NameResolution.Bare or NameResolution.Expanded or NameResolution.FullAsWritten, Speaker: { } speaker })
        {
            return attribution;
        }

        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && VouchedSurnames.Of(text, language).NamesPerson(words) && Doubted(words[^1], language ?? "en")
            ? attribution with { Resolution = NameResolution.VouchedSurname }
            : attribution;
    }

    /// <summary>Alone, the lexicon reads the surname as something that does not speak, or as an ordinary word of the language.</summary>
    private static bool Doubted(string surname, string language) =>
        EntityLexicon.Shared.Classify([surname], language == "en" ? null : language) is not { Kind: EntityKind.Person or EntityKind.Unknown }
        || EntityLexicon.Shared.IsCommonWord(surname, language);
}
