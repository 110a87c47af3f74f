using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Chief Executive Satya Nadella` arrives as `Executive Satya Nadella` when only `Chief` is a known title: a leading
/// role word before a full name belongs to the role, not the name. So does a leading compound modifier
/// (`Texas-based Ana Holm`, `South Korean-born Tomas Vek`, `Co-anchor Lisa Brandt`): it describes the person, it is no name.
/// </summary>
internal static class SpeakerNameCleaner
{
    /// <summary>The language's frequent words (rank) that may open a sentence before a name: `As`, `Sometimes`, `Afterwards`, `Auch`.</summary>
    private const int MaxOpeningWordRank = 3000;

    public static Attribution Clean(Attribution attribution, string language = "en")
    {
        if (attribution.Speaker is not { } speaker)
        {
            return attribution;
        }

        if (speaker.Contains('\u00AD', StringComparison.Ordinal))
        {
            // `Ina Brockhau\u00ADsen`: the page's soft hyphens are line-break hints, not part of the name.
            speaker = speaker.Replace("\u00AD", string.Empty, StringComparison.Ordinal);
            attribution = attribution with { Speaker = speaker };
        }

        if (attribution.Kind is CandidateKind.Description)
        {
            return DocumentIssuer(speaker) is { } issuer ? attribution with { Speaker = issuer }
                : PossessedDocument.Names(speaker) ? attribution with { Speaker = null, Role = null } : attribution;
        }

        var words = speaker.Split(' ');
        var first = Array.FindLastIndex(words, IsCompoundModifier) + 1;
        if (first >= words.Length || !char.IsUpper(words[first][0]))
        {
            first = 0;
        }

        while (words.Length - first > 2 && IsRoleWordOnly(words[first]))
        {
            first++;
        }

        first = SpeakerNameParts.AfterPlace(words, SpeakerNameParts.AfterTitle(words, first));

        var organisation = words.Any(w => EntityLexicon.Shared.EntityFlags(w).HasFlag(LexiconFlags.OrganisationWord));
        while (!organisation && words.Length - first > 1 && IsOpeningWord(words[first], words[first + 1], language))
        {
            // `Stated Stone`, `Auch Jesus`, `Sometimes I’ll ask`: the sentence's opening word is no part of a name; what
            // follows is judged on its own (`I’ll` names no one). A body's name keeps its words (`Island Ferry Company`).
            first++;
        }

        if (SpeakerNameParts.PlaceAfterOf(words, first) is var of and > 0)
        {
            // `Bryn Adler of Leeds University`: the person, from the place or body after `of`.
            var from = string.Join(' ', words[(of + 1)..]);
            return attribution with { Speaker = string.Join(' ', words[first..of]), Role = attribution.Role ?? (first > 0 ? string.Join(' ', words[..first]) : from) };
        }

        if (first == 0)
        {
            return attribution;
        }

        return attribution with { Speaker = string.Join(' ', words[first..]), Role = attribution.Role ?? string.Join(' ', words[..first]) };
    }

    /// <summary>`Texas-based`, `Indiana-born`, `Co-anchor`: a hyphenated word whose last part is lower case.</summary>
    public static bool IsCompoundModifier(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private static bool IsOpeningWord(string word, string next, string language)
    {
        var lexicon = EntityLexicon.Shared;
        var flags = lexicon.EntityFlags(word);
        return (flags & (LexiconFlags.GivenName | LexiconFlags.Surname)) == 0 && lexicon.IsCommonWord(word, language)
            && lexicon.CommonRank(word, language) is > 0 and <= MaxOpeningWordRank
            && (IsFirstPerson(next) || (lexicon.EntityFlags(next) & (LexiconFlags.GivenName | LexiconFlags.Surname)) != 0);
    }

    /// <summary>`the IMF report`, `the NHC’s statement`: a document speaks for the body in capitals that issued it.</summary>
    private static string? DocumentIssuer(string description)
    {
        var words = description.Split(' ');
        if (words.Length < 2 || !char.IsLower(words[^1][0]) || !EntityLexicon.Shared.EntityFlags(words[^1]).HasFlag(LexiconFlags.DocumentWord))
        {
            return null;
        }

        var issuer = words[^2].EndsWith("’s", StringComparison.Ordinal) || words[^2].EndsWith("'s", StringComparison.Ordinal) ? words[^2][..^2] : words[^2];
        return issuer.Length >= 2 && issuer.All(char.IsUpper) ? issuer : null;
    }

    /// <summary>`I`, `I’ll`, `I'm`: the writer, never a speaker's name.</summary>
    public static bool IsFirstPerson(string word) => word == "I" || (word.Length > 2 && word[0] == 'I' && word[1] is '\'' or '’');

    private static bool IsRoleWordOnly(string word)
    {
        var flags = EntityLexicon.Shared.EntityFlags(word);
        return (flags.HasFlag(LexiconFlags.RoleWord) || OccupationNouns.Is(word)) && (flags & (LexiconFlags.GivenName | LexiconFlags.Surname)) == 0;
    }
}
