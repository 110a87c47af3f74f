using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Whether a resolved speaker can be someone who speaks: a person or an organisation. A place, a nationality, a
/// platform, a document or a common noun never is (`Leeds`, `British-Israeli`, `Truth Social`, `Dennoch`).
/// </summary>
internal static class SpeakerEntityCheck
{
    /// <summary>Shorter words in capitals are mostly acronyms (`CNN`, `NATO`), which the word lists also hold in lower case.</summary>
    private const int MinCapitalisedWordLength = 5;

    /// <summary>
    /// 1 for a person or organisation, near 0 for what cannot speak, in between when the lexicon hesitates. <paramref name="language"/>
    /// (`de`, `pt`; null for English) weighs the article's own common words: a capitalised German noun, a sentence-initial `E`.
    /// </summary>
    public static double Factor(Attribution attribution, string text, string? language = null)
    {
        var words = attribution.Speaker?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (words.Length > 0 && attribution.Kind is CandidateKind.Name && (words.Any(SpeakerNameCleaner.IsFirstPerson) || IsCapitalisedCommonWord(words, language)))
        {
            // `I’ll`, `WATCH:` or `VIDEO:` before a headline: read as a name, naming no one.
            return 0;
        }

        if (words.Length == 1 && CalendarWords.Contains(words[0]))
        {
            // `Am 22. Januar schrieben Sie:`: a date before the quote, not who wrote it.
            return 0;
        }

        if (words.Any(IsTruncatedCompound))
        {
            // `Zoo- und Tierparkdirektor`: the first half of a compound whose head follows, never a name.
            return 0;
        }

        if (words.Length > 1 && (NamesNoOne(attribution.Kind, words) || IsDocumentWord(words[^1])))
        {
            // `As one commentator`, `The spokesman`: a description with no name in it; `the Institute’s release`: a document,
            // whose issuer the rules did not name.
            return 0;
        }

        if (attribution is { Kind: CandidateKind.OrganisationReference, Resolution: NameResolution.Referent })
        {
            // `the company said` resolved to a name the article itself names as a body (`Northwind Ferries, which …`).
            return 1.0;
        }

        if (words.Length == 0 || attribution.Kind is CandidateKind.Description && attribution.Resolution is not (NameResolution.Referent or NameResolution.RoleHolder)
            || words.Any(w => char.IsLower(w[0])))
        {
            // `Trump’s campaign`, `a Clinton aide`: a phrase built on a name, not a name to classify. A description that was
            // resolved to a name the article gives (`the statement said` → the name before it) is classified like any name:
            // `Afghanistan` read as what a statement's sentence named cannot speak.
            return 1.0;
        }

        if (HasAdjectiveCompound(words) || IsTitleOnly(words))
        {
            return 0;
        }

        if (VouchedSurnames.Of(text, language).NamesPerson(words))
        {
            // `Hale said` after `Tom Hale, 61,`: the article vouches for the surname, whatever else the lexicon knows the word as.
            return 1.0;
        }

        var guess = EntityLexicon.Shared.Classify(words, language);
        if (guess.Kind == EntityKind.Place && language is null && StatementIssuer.IssuesStatement(text, attribution.Speaker!))
        {
            // `Tottenham said in a statement`: the club, not the place.
            return 1.0;
        }

        if (guess.Kind is EntityKind.Place or EntityKind.Demonym or EntityKind.CommonNoun && language == "de" && GermanCompoundSpokesperson.HasSpokesperson(text, words[^1]))
        {
            // `Deutsche Bahn` after `erklärte eine Bahn-Sprecherin`: a body with a spokesperson, whatever place or people its name holds.
            return 1.0;
        }

        if (guess.Kind == EntityKind.Place && language is null && TailSurname.Reads(attribution, words))
        {
            // `“…,” Hale said.`: right after the quote a surname that is also a town is the one speaking.
            return 0.95;
        }

        return guess.Kind switch
        {
            EntityKind.Person when attribution.Kind == CandidateKind.Pronoun || guess.Confidence >= 0.5 => 1.0,
            EntityKind.Person or EntityKind.Unknown or EntityKind.Organisation => guess.Kind == EntityKind.Organisation ? 1.0 : 0.95,
            _ when !Sure(guess) => 0.9,
            // `Politico` is an Italian word, `Wait` an English one: a common word is one the article also writes in lower case.
            EntityKind.CommonNoun when words.Length > 1 || !WrittenLowerCase(text, words[0]) => 0.9,
            _ => 1 - guess.Confidence,
        };
    }

    /// <summary>Every word lower case but an opening article or conjunction (`As one commentator`, `The spokesman`).</summary>
    private static bool NamesNoOne(CandidateKind kind, string[] words) =>
        kind is CandidateKind.Description
        && words.Select((w, i) => !char.IsUpper(w[0]) || (i == 0 && IsOpeningFunctionWord(w.ToLowerInvariant()))).All(lower => lower);

    private static bool IsOpeningFunctionWord(string lower) =>
        FunctionWords.Determiners.Contains(lower) || FunctionWords.ConjunctionsAndClauseStarts.Contains(lower) || lower is "as" or "when" or "if";

    /// <summary>`Zoo-`, `Landes-`: a word cut at its hyphen, whose head comes after `und`/`oder`.</summary>
    private static bool IsTruncatedCompound(string word) => word.Length > 1 && word[^1] == '-';

    private static bool IsDocumentWord(string word) =>
        char.IsLower(word[0]) && EntityLexicon.Shared.EntityFlags(word).HasFlag(LexiconFlags.DocumentWord);

    /// <summary>`WATCH`, `VIDEO`, `UPDATE`: one word in capitals that the language uses as an ordinary word and no one as a name.</summary>
    private static bool IsCapitalisedCommonWord(string[] words, string? language)
    {
        if (words.Length != 1 || words[0].Length < MinCapitalisedWordLength || words[0].Any(char.IsLower))
        {
            return false;
        }

        var word = words[0][0] + words[0][1..].ToLowerInvariant();
        var lexicon = EntityLexicon.Shared;
        return lexicon.IsCommonWord(word, language ?? "en") && (lexicon.EntityFlags(word) & (LexiconFlags.GivenName | LexiconFlags.Surname)) == 0;
    }

    /// <summary>Whether a mention may be the antecedent of `he` or `she`: nothing the lexicon is sure is no person.</summary>
    public static bool CanBePerson(NameMention mention)
    {
        if (HasAdjectiveCompound(mention.Words))
        {
            return false;
        }

        var guess = EntityLexicon.Shared.Classify(mention.Words, null);
        return guess.Kind is EntityKind.Person or EntityKind.Unknown || !Sure(guess);
    }

    /// <summary>`CEO`, `CNN President`, `Senior Vice-President`: a title, with at most the body it serves, names a post, not who held it.</summary>
    private static bool IsTitleOnly(string[] words) =>
        words.All(SpeakerNameParts.IsTitleWord) || (words.Length <= 2 && RoleLexicon.IsRoleNoun(words[^1].TrimEnd('.', ','))
        && !words.Any(w => EntityLexicon.Shared.IsGivenName(w) || EntityLexicon.Shared.IsSurname(w)));

    /// <summary>
    /// `Microsoft-related`, `Indiana-born Ana Holm`: a word with a lower-case tail after its hyphen, alone or before the name,
    /// is an adjective; as the last word of a name it is a given name (`Lee Jae-myung`, `Ban Ki-moon`).
    /// </summary>
    private static bool HasAdjectiveCompound(IReadOnlyList<string> words) =>
        words.Where((w, i) => i < words.Count - 1 || words.Count == 1).Any(SpeakerNameCleaner.IsCompoundModifier);

    private static bool WrittenLowerCase(string text, string word)
    {
        var lower = word.ToLowerInvariant();
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>`Obama` and `Clinton` are towns too: a place that is also a name is a doubt, not a verdict.</summary>
    private static bool Sure(EntityGuess guess) => guess.Confidence >= 0.8;
}
