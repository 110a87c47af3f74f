namespace NewsBot.Core.Quotes;

/// <summary>Turns a speaker phrase into the speaker's full name: expands short names, resolves pronouns and `the company`.</summary>
internal sealed class SpeakerResolver(string text, NameIndex names)
{
    private readonly Dictionary<int, HashSet<string>> _roleWords = [];
    private readonly Dictionary<int, string?> _roles = [];

    public Attribution Resolve(SpeakerCandidate candidate) => candidate.Kind switch
    {
        CandidateKind.Name => ResolveName(candidate),
        CandidateKind.Pronoun => ResolvePronoun(candidate),
        CandidateKind.OrganisationReference => ResolveOrganisation(candidate),
        _ => ResolveDescription(candidate),
    };

    /// <summary>
    /// `the company said` is the latest organisation named before it, unless that name says it is another kind of body:
    /// after "the Northfield Weather Office", `the company said` is someone else, so the speaker stays unknown.
    /// </summary>
    private Attribution ResolveOrganisation(SpeakerCandidate candidate)
    {
        var head = candidate.Words[^1];
        var organisation = names.OrganisationBefore(candidate.Position);
        var otherKind = organisation is not null
            && organisation.Words.Any(w => RoleLexicon.IsOrganisationNoun(w))
            && !organisation.Words.Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));
        return organisation is not null && !otherKind
            ? new Attribution(FullName(organisation), null, true)
            : new Attribution(null, candidate.Role, true);
    }

    /// <summary>`the senator said` refers back to the latest person introduced with that role (`Sen. Ada Holm`); `a senator` to no one.</summary>
    private Attribution ResolveDescription(SpeakerCandidate candidate)
    {
        var definite = text.AsSpan(candidate.Position).StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(0, candidate.Position).TrimEnd().EndsWith(" the", StringComparison.OrdinalIgnoreCase);
        var head = candidate.Words[0];
        var referent = definite ? names.PersonBefore(candidate.Position, m => RoleWords(m).Contains(head)) : null;
        if (referent is not null)
        {
            return new Attribution(FullName(referent), candidate.Role, true);
        }

        // `the New York businessman`, `Obama's former strategist`, `one Clinton aide`, `a senior Cruz adviser`: a description
        // built on a name is the source as the text gives it, anonymous or not. `a senior official` or `the designer` stays unknown.
        var anchored = candidate.Written.Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !FunctionWords.IsDeterminer(w));
        return anchored ? new Attribution(AsWritten(candidate, definite), null, true) : new Attribution(null, candidate.Role, true);
    }

    /// <summary>The description with the article the text gave it (`a Clinton aide`, `the Clinton aide`).</summary>
    private string AsWritten(SpeakerCandidate candidate, bool definite)
    {
        var description = candidate.Written;
        if (description.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || description.Contains('’') || description.Contains('\''))
        {
            return description;
        }

        if (definite)
        {
            return $"the {description}";
        }

        var article = text.AsSpan(candidate.Position).StartsWith("an ", StringComparison.OrdinalIgnoreCase) ? "an"
            : text.AsSpan(candidate.Position).StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? "a" : null;
        return article is null ? description : $"{article} {description}";
    }

    private HashSet<string> RoleWords(NameMention mention)
    {
        if (!_roleWords.TryGetValue(mention.Span.Start, out var words))
        {
            words = ReadRoleWords(mention);
            _roleWords[mention.Span.Start] = words;
        }

        return words;
    }

    private string? RoleOf(NameMention mention)
    {
        if (!_roles.TryGetValue(mention.Span.Start, out var role))
        {
            role = MentionRoleReader.RoleOf(text, mention);
            _roles[mention.Span.Start] = role;
        }

        return role;
    }

    private HashSet<string> ReadRoleWords(NameMention mention)
    {
        var full = names.FullForm(mention.Words, mention.Span.Start) ?? mention;
        var role = $"{full.Title} {mention.Title} {RoleOf(full)}".ToLowerInvariant();
        var words = role.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var (abbreviation, noun) in TitleNouns)
        {
            if (words.Contains(abbreviation))
            {
                words.Add(noun);
            }
        }

        return words;
    }

    private static readonly (string Abbreviation, string Noun)[] TitleNouns =
    [
        ("sen", "senator"), ("rep", "congressman"), ("rep", "congresswoman"), ("rep", "representative"), ("gov", "governor"),
        ("gen", "general"), ("prof", "professor"), ("dr", "doctor"), ("president", "president"), ("ceo", "executive"),
    ];

    private Attribution ResolveName(SpeakerCandidate candidate)
    {
        var full = candidate.Words.Count == 1 && candidate.Words[0].Contains(' ', StringComparison.Ordinal)
            ? null
            : names.FullForm(candidate.Words, candidate.Position);
        if (full is null && candidate.Words.Count == 1 && CannotSpeak(candidate.Words[0]))
        {
            return new Attribution(null, null, true);
        }

        var role = candidate.Role ?? (full is null ? null : RoleOf(full));
        return new Attribution(full?.Text ?? candidate.Written, LooksLikeClause(role) ? null : role, true);
    }

    private Attribution ResolvePronoun(SpeakerCandidate candidate)
    {
        var antecedent = candidate.Words[0] switch
        {
            "he" => names.PersonBefore(candidate.Position, Gender.Male),
            "she" => names.PersonBefore(candidate.Position, Gender.Female),
            "they" => names.OrganisationBefore(candidate.Position),
            _ => null,
        };
        if (antecedent is null)
        {
            return new Attribution(null, null, true);
        }

        var full = names.FullForm(antecedent.Words, antecedent.Span.Start) ?? antecedent;
        var role = RoleOf(full);
        return new Attribution(full.Text, LooksLikeClause(role) ? null : role, true);
    }

    /// <summary>`Dec.`, `British`, `Tampa`: capitalized words that start sentences, date or place a story but say nothing.</summary>
    private static bool CannotSpeak(string word) =>
        SentenceBoundaries.IsAbbreviation(word.TrimEnd('.'))
        || NameLexicon.IsDemonym(word)
        || NameLexicon.PlaceWords.Contains(word)
        || NameLexicon.NotNames.Contains(word);

    /// <summary>`saying the nominee`, `contrasted the candidate`: a verb phrase caught where a role was expected.</summary>
    private static bool LooksLikeClause(string? role)
    {
        var first = role?.Split(' ')[0] ?? string.Empty;
        return first.Length > 0 && char.IsLower(first[0]) && !RoleLexicon.IsRoleNoun(first)
            && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal));
    }

    private string FullName(NameMention mention) => names.FullForm(mention.Words, mention.Span.Start)?.Text ?? mention.Text;
}
