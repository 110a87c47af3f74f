namespace NewsBot.Core.Quotes;

/// <summary>What sits next to a description of a speaker: the name it hangs on, or the name it introduces.</summary>
internal static class DescriptionParts
{
    /// <summary>Where `to Governor Ada Holm` or `of the Harbour Party` ends, when it follows the description directly.</summary>
    public static int? NamedComplementEnd(List<Word> segment, int descriptionEnd)
    {
        if (descriptionEnd + 1 >= segment.Count || segment[descriptionEnd].Lower is not ("to" or "of" or "for" or "at"))
        {
            return null;
        }

        var i = descriptionEnd + 1;
        while (i < segment.Count && segment[i].Lower is "the" or "both")
        {
            i++;
        }

        var last = i;
        while (last < segment.Count && NameLexicon.IsNameWord(segment[last]))
        {
            last++;
        }

        return last > i ? segment[last - 1].End : null;
    }

    public static SpeakerCandidate? NamedAppositive(string text, List<Word> segment) =>
        segment.Count <= 4 && segment.All(NameLexicon.IsNameWord) && NounPhraseReader.Head(text, segment) is { Kind: CandidateKind.Name } named ? named : null;
}
