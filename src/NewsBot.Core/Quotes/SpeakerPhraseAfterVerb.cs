namespace NewsBot.Core.Quotes;

/// <summary>The speaker phrase that follows the verb (`said Dmitry Peskov, the Kremlin spokesperson`).</summary>
internal static class SpeakerPhraseAfterVerb
{
    public static SpeakerCandidate? Read(string text, IReadOnlyList<Word> words)
    {
        var segments = PhraseWords.SplitAtCommas(text, words.SkipWhile(w => FunctionWords.TimeWords.Contains(w.Lower)).ToList());
        if (segments.Count == 0)
        {
            return null;
        }

        if (DocumentSource.Issuer(segments[0]) is { } issuer)
        {
            segments[0] = issuer;
        }

        if (GroupAtBody.Read(text, segments[0]) is { } body)
        {
            return body;
        }

        var phrase = segments[0].TakeWhile((w, i) => !PhraseWords.IsClauseWord(w) || InsideName(text, segments[0], i) || OfficeOfCompound.Joins(segments[0], i)).ToList();
        if (phrase.Count == 0 || (!PhraseWords.CanStartPhrase(phrase[0]) && !phrase.Take(4).Any(NameLexicon.IsNameWord)))
        {
            return null;
        }

        var head = SpeakerPhraseHead.Read(text, phrase);
        if (head is null)
        {
            return null;
        }

        if (head.Kind == CandidateKind.Description && RoleLexicon.IsRoleNoun(head.Words[0]) && DescriptionParts.NamedComplementEnd(segments[0], phrase.Count) is { } end)
        {
            // `said a longtime adviser to Mayor Olsen`: the name the description hangs on belongs to it.
            head = head with { Written = head.Written + text[phrase[^1].End..end] };
        }

        if (head.Kind == CandidateKind.Description && segments.Count > 1 && DescriptionParts.NamedAppositive(text, segments[1]) is { } named)
        {
            // `according to the harbour master, Lars Eriksen,`: the description introduces the name that follows it.
            return named with { Role = named.Role ?? head.Role };
        }

        var role = segments.Count > 1 && PhraseWords.IsAppositiveRole(segments[1]) ? RolePhrase.Text(text, segments[1]) : null;
        return head with { Role = head.Role ?? role };
    }

    /// <summary>
    /// `the Ministry of Transport`: an `of` between capitalised words belongs to the name, not to a clause; one before a
    /// possessive (`Rosaly Lopes of NASA's Jet Propulsion Laboratory`) says where the person works; a `for` after an office
    /// (`High Commissioner for Refugees Jane Roe`) belongs to the office.
    /// </summary>
    private static bool InsideName(string text, List<Word> words, int index) =>
        (words[index].Lower == "of" || NameMentionReader.IsOfficeFor(words, index)) && index > 0 && index + 1 < words.Count && words[index - 1].IsCapitalized && words[index + 1].IsCapitalized
        && !IsPossessive(text, words[index + 1]);

    private static bool IsPossessive(string text, Word word)
    {
        var rest = text.AsSpan(word.Start);
        return rest.Length > word.Text.Length + 1 && rest[word.Text.Length] is '\'' or '’' && rest[word.Text.Length + 1] == 's'
            || word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("’s", StringComparison.Ordinal);
    }
}
