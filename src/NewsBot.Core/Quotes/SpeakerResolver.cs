using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>Turns a speaker phrase into the speaker's full name: expands short names, resolves pronouns and `the company`.</summary>
internal sealed class SpeakerResolver(string text, NameIndex names)
{
    private readonly Dictionary<int, HashSet<string>> _roleWords = [];
    private readonly Dictionary<int, string?> _roles = [];

    public Attribution Resolve(SpeakerCandidate candidate) => candidate.Kind switch
    {
        _ when candidate.Resolved => ResolvedReferentCheck.Attribute(text, names, candidate),
        CandidateKind.Name => ResolveName(candidate),
        CandidateKind.Pronoun => ResolvedReferentCheck.Review(text, names, candidate, ResolvePronoun(candidate)),
        CandidateKind.OrganisationReference => ResolveOrganisation(candidate),
        _ => ResolveDescription(candidate),
    };

    /// <summary>
    /// `the ministry said` is the organisation the article names with that word (`the Ministry of Works`), before or after;
    /// otherwise `the company said` is the latest organisation named before it, unless that name says it is another kind of body:
    /// after "the Northfield Weather Office", `the company said` is someone else, so the speaker stays unknown.
    /// </summary>
    private Attribution ResolveOrganisation(SpeakerCandidate candidate)
    {
        var head = candidate.Words[^1];
        if (names.OrganisationCalled(head, candidate.Position) is { } called)
        {
            return new Attribution(FullName(called), null, true) { Resolution = NameResolution.Referent };
        }

        var organisation = names.OrganisationBefore(candidate.Position);
        var otherKind = organisation is not null
            && (SelfNamingBody.Is(head) || organisation.Words.Any(w => RoleLexicon.IsOrganisationNoun(w)))
            && !organisation.Words.Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));
        return organisation is not null && !otherKind
            ? new Attribution(FullName(organisation), null, true) { Resolution = NameResolution.Referent }
            : new Attribution(null, candidate.Role, true);
    }

    /// <summary>`the senator said` refers back to the latest person introduced with that role (`Sen. Ada Holm`); `a senator` to no one.</summary>
    private Attribution ResolveDescription(SpeakerCandidate candidate)
    {
        var definite = text.AsSpan(candidate.Position).StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(0, candidate.Position).TrimEnd().EndsWith(" the", StringComparison.OrdinalIgnoreCase);
        var head = candidate.Words[0];
        if (definite && DocumentAuthor.IsDocument(head) && DocumentAuthor.Find(text, names, head, candidate.Position) is { } author)
        {
            // `the report said`: the body the article names as its author.
            return new Attribution(author, null, true) { Resolution = NameResolution.Referent };
        }

        if (definite && LeadWriter.Find(text, names, candidate) is { } writer)
        {
            return new Attribution(writer, null, true) { Resolution = NameResolution.Referent };
        }

        if ((UnnamedBodySpokesperson.Find(text, names, candidate) ?? GroupMembers.Group(names, candidate, definite)) is { } body)
        {
            return new Attribution(body, null, true) { Resolution = NameResolution.Referent };
        }

        var referent = definite ? names.PersonBefore(candidate.Position, m => RoleWords(m).Contains(head)) : null;
        if (referent is not null)
        {
            return new Attribution(FullName(referent), candidate.Role, true) { Resolution = NameResolution.Referent };
        }

        if (EchoedRole.Find(text, names, candidate) is { } holder)
        {
            return new Attribution(holder, candidate.Role, true) { Resolution = NameResolution.Referent };
        }

        // `the New York businessman`, `Obama's former strategist`, `one Clinton aide`, `a senior Cruz adviser`: a description
        // built on a name is the source as the text gives it, anonymous or not. `a senior official` or `the designer` stays unknown.
        var anchored = candidate.Written.Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !FunctionWords.IsDeterminer(w) && !IsNationality(w))
            && !PlaceHead.Is(head);
        return anchored
            ? new Attribution(AsWritten(candidate, definite), null, true) { Resolution = NameResolution.Description }
            : new Attribution(null, candidate.Role, true);
    }

    /// <summary>`the Swedish brochure`, `a British-Israeli hostage`: a nationality names no source.</summary>
    private static bool IsNationality(string word) =>
        word.Split('-').All(part => part.Length > 0 && EntityLexicon.Shared.IsDemonym(part.TrimEnd(',', '.')));

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
        if (IsTitleOnly(candidate.Words))
        {
            // `The PAHO Director also urged`: a post written like a name is the person introduced with it, or no one.
            var post = candidate.Words[^1].ToLowerInvariant();
            var holder = names.PersonBefore(candidate.Position, m => RoleWords(m).Contains(post));
            return holder is null
                ? new Attribution(null, null, true)
                : new Attribution(FullName(holder), RoleOf(names.FullForm(holder.Words, holder.Span.Start) ?? holder), true) { Resolution = NameResolution.Referent };
        }

        var (noOne, full) = SpeakerFullForm.Find(text, names, candidate);
        if (noOne)
        {
            return new Attribution(null, null, true) { Resolution = NameResolution.SharedSurname };
        }

        if (full is null && candidate.Words.Count == 1 && CannotSpeak(candidate.Words[0]))
        {
            return new Attribution(null, null, true);
        }

        var role = candidate.Role ?? (full is null ? null : RoleOf(full));
        var resolution = full is not null && full.Words.Count > candidate.Words.Count ? NameResolution.Expanded
            : candidate.Words.Count > 1 || candidate.Words[0].Contains(' ', StringComparison.Ordinal) ? NameResolution.FullAsWritten
            : NameResolution.Bare;
        return new Attribution(full?.Text ?? BodyAcronym.Spelled(text, candidate.Written, candidate.Position) ?? candidate.Written, LooksLikeClause(role) ? null : role, true) { Resolution = resolution };
    }

    private Attribution ResolvePronoun(SpeakerCandidate candidate)
    {
        var resolution = NameResolution.Referent;
        var antecedent = candidate.Words[0] switch
        {
            "he" => PersonReferent(candidate.Position, Gender.Male, ref resolution),
            "she" => PersonReferent(candidate.Position, Gender.Female, ref resolution),
            // `They said:` many paragraphs after the last body named is someone the text no longer names.
            "they" => names.OrganisationBefore(candidate.Position, PreviousParagraphStart(candidate.Position)),
            _ => null,
        };
        if (antecedent is null && candidate.Words[0] is "he" or "she")
        {
            // No sentence of the paragraph opens with a fitting person: the latest one named, sure only when no one else fits.
            var gender = candidate.Words[0] == "he" ? Gender.Male : Gender.Female;
            var window = PreviousParagraphStart(candidate.Position);
            if (LexiconGenderOverride.SolePersonAgainstGender(text, names, candidate.Position, window, gender) is { } sole)
            {
                var soleFull = names.FullForm(sole.Words, sole.Span.Start) ?? sole;
                return new Attribution(soleFull.Text, LooksLikeClause(RoleOf(soleFull)) ? null : RoleOf(soleFull), true) { Resolution = NameResolution.LexiconOverruled };
            }

            antecedent = names.PersonBefore(candidate.Position, gender);
            // Someone named before the last two paragraphs is a guess: the text has moved on (and the lexicon may have
            // given the person it is about now the other gender: `Taylor Swift … “…,” she said` is not the Kim named before her).
            var ambiguous = antecedent is not null
                && (names.PeopleBetween(window, candidate.Position, gender) > 1 || names.OtherGenderSubjectBefore(candidate.Position, window, gender, antecedent.LastWord)
                    || HandleSubject.StandsBefore(text, names, ParagraphStart(candidate.Position), candidate.Position, antecedent.Text)
                    || (!names.Named(antecedent.LastWord, window, candidate.Position)
                        && names.OtherGenderPersonBetween(names.LastMentionBefore(antecedent.LastWord, candidate.Position), candidate.Position, gender, antecedent.LastWord)));
            resolution = ambiguous ? NameResolution.AmbiguousReferent : resolution;
        }

        if (antecedent is null || NumberedThing.Is(text, antecedent))
        {
            return new Attribution(null, null, true);
        }

        var full = names.FullForm(antecedent.Words, antecedent.Span.Start) ?? antecedent;
        var role = RoleOf(full);
        return new Attribution(full.Text, LooksLikeClause(role) ? null : role, true) { Resolution = resolution };
    }

    /// <summary>
    /// The subject of a sentence of the pronoun's own paragraph, else the person that paragraph names before it (`In Hajek’s
    /// case, she stayed. “…,” she said.`: not the previous paragraph's speaker), else a subject of the paragraph before.
    /// </summary>
    private NameMention? PersonReferent(int position, Gender gender, ref NameResolution resolution)
    {
        var paragraph = ParagraphStart(position);
        if (names.SubjectBefore(position, paragraph, gender) is { } subject)
        {
            resolution = CoordinatedSubjects.Share(text, names, paragraph, position, gender) ? NameResolution.AmbiguousReferent : resolution;
            return subject;
        }

        if (names.PersonBefore(position, gender, paragraph) is { } named)
        {
            var ambiguous = names.PeopleBetween(paragraph, position, gender) > 1 || SamePronounBefore(paragraph, named.Span.Start, gender);
            resolution = ambiguous ? NameResolution.AmbiguousReferent : resolution;
            return named;
        }

        // `Forbes says … “…,” she explains.`: the paragraph is about someone the lexicon gives the other gender; a woman
        // found further back is a guess (the lexicon may be wrong about the name, the text is not about her).
        var previous = names.SubjectBefore(position, PreviousParagraphStart(position), gender);
        resolution = previous is not null && (names.OtherGenderSubjectBefore(position, paragraph, gender, previous.LastWord)
            || CoordinatedSubjects.Share(text, names, PreviousParagraphStart(position), position, gender)
            || HandleSubject.StandsBefore(text, names, paragraph, position, previous.Text)) ? NameResolution.AmbiguousReferent : resolution;
        return previous;
    }

    /// <summary>
    /// `She reached out to a friend of Harry's mother, Princess Diana. “…,” she said.`: the same pronoun already stands
    /// before the name in the paragraph, so the paragraph's `she` is someone named earlier and the name is an object.
    /// </summary>
    private bool SamePronounBefore(int paragraphStart, int mentionStart, Gender gender)
    {
        var pronoun = gender == Gender.Male ? "he" : "she";
        foreach (var word in WordTokenizer.Tokenize(text, paragraphStart, mentionStart))
        {
            if (word.Lower == pronoun && !names.InsideQuote(word.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A pronoun looks back over its own paragraph and the one before: news paragraphs are a sentence or two.</summary>
    private int PreviousParagraphStart(int position) => ParagraphStart(Math.Max(0, ParagraphStart(position) - 2));

    private int ParagraphStart(int position)
    {
        var blank = position > 0 ? text.LastIndexOf("\n\n", position - 1, StringComparison.Ordinal) : -1;
        return blank < 0 ? 0 : blank + 2;
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

    /// <summary>`saying the nominee`, `contrasted the candidate`: a verb phrase caught where a role was expected.</summary>
    private static bool LooksLikeClause(string? role)
    {
        var first = role?.Split(' ')[0] ?? string.Empty;
        return first.Length > 0 && char.IsLower(first[0]) && !RoleLexicon.IsRoleNoun(first)
            && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal));
    }

    private string FullName(NameMention mention) => names.FullForm(mention.Words, mention.Span.Start)?.Text ?? mention.Text;
}
