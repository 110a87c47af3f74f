namespace NewsBot.Core.Quotes;

/// <summary>
/// Whether a resolved speaker can be someone who speaks: a person or an organisation. A place, a nationality, a
/// platform, a document or a common noun never is; a lone unknown capitalised word is doubtful.
/// </summary>
internal static class SpeakerEntityCheck
{
    /// <summary>1 for a person or organisation, 0 for what cannot speak, in between when the lexicon does not know.</summary>
    public static double Factor(Attribution attribution)
    {
        if (attribution.Speaker is not { } speaker || attribution.Kind is CandidateKind.Description)
        {
            return 1.0;
        }

        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            var word = words[0];
            if (NameLexicon.IsDemonym(word) || NameLexicon.PlaceWords.Contains(word) || NameLexicon.NotNames.Contains(word))
            {
                return 0;
            }

            return NameLexicon.MaleMarkers.Contains(word) || NameLexicon.FemaleMarkers.Contains(word) ? 0.9 : 1.0;
        }

        return words.All(w => NameLexicon.PlaceWords.Contains(w) || NameLexicon.IsDemonym(w)) ? 0 : 1.0;
    }
}
