using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Holm said`: the full name the article gives the speaker, or no one for a bare title or a word that cannot speak.
/// <paramref name="language"/> is the article's (null: English), so its surnames are read with its own frequent words.
/// </summary>
internal sealed class NameSpeakerResolver(string text, NameIndex names, MentionRoles roles, string? language)
{
    public Attribution Resolve(SpeakerCandidate candidate)
    {
        if (DefiniteTitleWord.Holder(text, names, candidate) is { } described)
        {
            return new Attribution(described.Kind == NameKind.Organisation ? described.Text : roles.FullName(described), null, true) { Resolution = NameResolution.Referent };
        }

        var vouched = candidate.Words.Count == 1 && VouchedSurnames.Of(text, language).Contains(candidate.Words[0]);
        var acronym = vouched || IsTitleOnly(candidate.Words) ? null : RoleAcronym.Post(text, candidate);
        var post = acronym is null ? candidate.Words[^1].ToLowerInvariant() : candidate.Written.ToLowerInvariant();
        if (acronym is not null || (!vouched && IsTitleOnly(candidate.Words)))
        {
            // `The PAHO Director also urged`: a post written like a name is the person introduced with it, or no one.
            var holder = names.PersonBefore(candidate.Position, m => roles.RoleWords(m).Contains(acronym ?? post)
                || acronym is not null && RoleWindow.Words(text, names, m).Contains(post));
            return holder is null
                ? new Attribution(null, null, true)
                : new Attribution(roles.FullName(holder), roles.RoleOf(names.FullForm(holder.Words, holder.Span.Start) ?? holder), true) { Resolution = NameResolution.Referent };
        }

        var (noOne, full) = SpeakerFullForm.Find(text, names, candidate);
        if (noOne || (full is not null && LowercasedNameWords.Follow(text, candidate, full)))
        {
            return new Attribution(null, null, true) { Resolution = NameResolution.SharedSurname };
        }

        if (full is null && candidate.Words.Count == 1 && !vouched && CannotSpeak(candidate.Words[0]))
        {
            return new Attribution(null, null, true);
        }

        var role = candidate.Role ?? (full is null ? null : roles.RoleOf(full));
        var resolution = full is not null && full.Words.Count > candidate.Words.Count ? NameResolution.Expanded
            : candidate.Words.Count > 1 || candidate.Words[0].Contains(' ', StringComparison.Ordinal) ? NameResolution.FullAsWritten
            : NameResolution.Bare;
        return new Attribution(full?.Text ?? BodyAcronym.Spelled(text, candidate.Written, candidate.Position)
            ?? AcronymLedBody.Name(names, candidate.Written, candidate.Position) ?? candidate.Written, ClauseLikeRole.Is(role) ? null : role, true)
        { Resolution = resolution };
    }

    /// <summary>`CEO`, `PAHO Director`, `CNN President`: a title, with at most the body it serves, and no name.</summary>
    private static bool IsTitleOnly(IReadOnlyList<string> words) =>
        words.Count is 1 or 2 && RoleLexicon.IsRoleNoun(words[^1].TrimEnd('.', ','))
        && !words.Any(w => EntityLexicon.Shared.IsGivenName(w) || EntityLexicon.Shared.IsSurname(w));

    /// <summary>`Dec.`, `British`, `Tampa`: capitalized words that start sentences, date or place a story but say nothing.</summary>
    private static bool CannotSpeak(string word) =>
        SentenceBoundaries.IsAbbreviation(word.TrimEnd('.'))
        || NameLexicon.IsDemonym(word)
        || NameLexicon.PlaceWords.Contains(word)
        || NameLexicon.NotNames.Contains(word);
}
