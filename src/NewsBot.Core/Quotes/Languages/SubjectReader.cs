namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Reads the subject next to a reporting verb in a language other than English: a pronoun (`sagte sie`), a name with or
/// without its role (`der Verkehrsminister Jonas Weber`), an acronym (`la OMS`), or a description (`el científico`) that
/// refers back to the person the text was just about. The one entry the cue finders use; each reading is its own type.
/// </summary>
internal sealed class SubjectReader
{
    private readonly PronounReferent _referents;
    private readonly SubjectAfterVerb _after;
    private readonly SubjectBeforeVerb _before;
    private readonly DescriptionSubject _descriptions;

    public SubjectReader(string text, LanguageKnowledge language, PersonNames people, RecentSpeakers recent)
    {
        var clauses = new ClauseEdges(text, language);
        var names = new NamedSubject(text, language, people, clauses);
        _referents = new PronounReferent(text, language, people, recent, clauses);
        var descriptions = _descriptions = new DescriptionSubject(text, language, people, recent, _referents, clauses);
        _after = new SubjectAfterVerb(text, language, people, _referents, names, descriptions, clauses);
        _before = new SubjectBeforeVerb(text, language, people, _referents, names, descriptions, clauses);
    }

    /// <summary>The subject that starts at <paramref name="at"/> (after an inverted verb or `selon`); <paramref name="anchor"/> is the quote.</summary>
    public Subject After(IReadOnlyList<Word> words, int at, int anchor, int notBefore) => _after.Read(words, at, anchor, notBefore);

    /// <summary>The person a sentence opens with, after at most a conjunction or a role (`Und Yücel setzte …`, `SCR-Sportchef Zoran Barisic ist …`), or its opening pronoun.</summary>
    public Subject Opening(IReadOnlyList<Word> words, int anchor, int notBefore) => _before.Opening(words, anchor, notBefore);

    /// <summary>The subject among <paramref name="words"/> before a verb at <paramref name="verb"/>.</summary>
    public Subject Before(IReadOnlyList<Word> words, int verb, int anchor, int notBefore) => _before.Read(words, verb, anchor, notBefore);

    /// <summary>`Der Minister ging … ein:`: the one person the article gave the role, never the speaker before for it.</summary>
    public Subject RoleHolder(List<Word> description, int anchor, Gender gender) => _descriptions.RoleHolder(description, anchor, gender);

    /// <summary>
    /// The person the text was just about, for pronouns, dropped subjects and `the minister`: the speaker of the quote before,
    /// unless the text has named someone else since. <paramref name="position"/> is where the pronoun or verb stands.
    /// </summary>
    public Subject Refer(int anchor, int notBefore, Gender gender, int position) => _referents.Refer(anchor, notBefore, gender, position);
}
