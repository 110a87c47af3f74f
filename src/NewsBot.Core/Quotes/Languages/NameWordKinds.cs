namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// What a word of a capitalised run is to a person's name: the given name that starts it, or a role, title, common noun,
/// German compound, body word or acronym that is no part of it.
/// </summary>
internal sealed class NameWordKinds(string text, LanguageKnowledge language)
{
    private const int MinCompoundHead = 4;

    private readonly NameSurroundings _surroundings = new(text, language);

    /// <summary>
    /// Where the name starts: at its given name. A given name that is also an ordinary word opening the sentence (`Mas`,
    /// `Marie`) counts only before a known surname (`Marie Dupont`, not `Mas Serginho`).
    /// </summary>
    public int FirstGivenName(IReadOnlyList<Word> run)
    {
        for (var i = 0; i < run.Count - 1; i++)
        {
            var word = run[i];
            if (!word.Text.Split('-').Any(EntityKnowledge.IsGivenName) || EntityKnowledge.IsRoleWord(word.Text, language.Code))
            {
                continue;
            }

            var ordinaryOpening = EntityKnowledge.IsFrequentWord(word.Text, language.Code) && _surroundings.OpensSentence(word.Start);
            if (!ordinaryOpening || EntityKnowledge.IsSurname(run[i + 1].Text))
            {
                return i;
            }
        }

        return -1;
    }

    public bool IsLeadingRoleOrCommon(Word word) =>
        EntityKnowledge.IsRoleWord(word.Text, language.Code) || NameLexicon.Honorifics.Contains(word.Text) || EntityKnowledge.IsCommonWord(word.Text, language.Code);

    /// <summary>
    /// A title, a role or, where every noun is capitalised (German) or the sentence starts, an ordinary word before the name
    /// (`Doch Weber`, `Verkehrsminister Weber`); elsewhere a capitalised ordinary word is part of a name (`Grazia Conti`).
    /// </summary>
    public bool IsLeadingNonName(Word word) =>
        EntityKnowledge.IsRoleWord(word.Text, language.Code) || NameLexicon.Honorifics.Contains(word.Text) || IsCompoundOfCommonWord(word.Text)
        || (EntityKnowledge.IsCommonWord(word.Text, language.Code) && (language.CapitalisesNouns || _surroundings.OpensSentence(word.Start)))
        || IsNounCompound(word.Text);

    public static bool IsNounAfterName(string word) =>
        !EntityKnowledge.IsSurname(word) && !EntityKnowledge.IsGivenName(word) && EntityKnowledge.IsCommonWord(word, "de");

    /// <summary>`Nazibilder`, `Werbeplakate`: a German compound that ends in a common noun is a noun, not a name (`Nazibilder von Keuter`).</summary>
    public bool IsNounCompound(string word)
    {
        if (!language.CapitalisesNouns || word.Length < 7 || EntityKnowledge.IsGivenName(word) || EntityKnowledge.IsSurname(word))
        {
            return false;
        }

        for (var start = 3; start <= word.Length - MinCompoundHead; start++)
        {
            if (EntityKnowledge.IsCommonWord(char.ToUpperInvariant(word[start]) + word[(start + 1)..], language.Code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>`Macron-Berater`, `SCR-Sportchef`: a compound whose last part is an ordinary noun is a description.</summary>
    private bool IsCompoundOfCommonWord(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash < word.Length - 1 && EntityKnowledge.IsCommonWord(word[(dash + 1)..], language.Code);
    }

    public static bool IsBodyWord(string word) =>
        EntityKnowledge.IsOrganisationWord(word) && !EntityKnowledge.IsGivenName(word) && !EntityKnowledge.IsSurname(word);

    public static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '-');

    /// <summary>`Juan`, `Jean-Pierre`: the word or one of its hyphenated parts is a given name.</summary>
    public static bool IsGivenNameWord(Word word) => word.Text.Split('-').Any(EntityKnowledge.IsGivenName);
}
