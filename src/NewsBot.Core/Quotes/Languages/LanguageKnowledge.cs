using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// What the attributor needs to know about one language, in the same shape for every language: a contributor adds a
/// language by adding one file that fills this in (and listing it in <see cref="KnownLanguages"/>).
/// </summary>
internal sealed class LanguageKnowledge
{
    /// <summary>ISO 639-1 code: `de`, `fr`.</summary>
    public required string Code { get; init; }

    /// <summary>Frequent function words, which tell the language of an article apart from the others.</summary>
    public required FrozenSet<string> StopWords { get; init; }

    /// <summary>Every inflected form of the reporting verbs that can stand next to a quote (`sagte`, `affirme`, `dijo`), lower case.</summary>
    public required FrozenSet<string> Verbs { get; init; }

    /// <summary>Auxiliaries of compound tenses (`a` déclaré, `ha` detto, `hat` gesagt) and reflexive pronouns (`se` mostró) that sit before a verb form.</summary>
    public FrozenSet<string> VerbCompanions { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Adverbs that stand between an auxiliary and its participle (`ha poi aggiunto`, `a encore ajouté`).</summary>
    public FrozenSet<string> CompoundTenseAdverbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that hand a quote to the name after them: `laut`, `selon`, `según`, `secondo`, `segundo`.</summary>
    public required FrozenSet<string> AccordingTo { get; init; }

    /// <summary>Multi-word forms of <see cref="AccordingTo"/>, lower case: `de acordo com`, `d'après`.</summary>
    public IReadOnlyList<string> AccordingToPhrases { get; init; } = [];

    /// <summary>Stressed pronouns after `selon`/`pour`/`d'après` (`selon lui`, `pour lui`): never a verb's subject, so kept apart from <see cref="Pronouns"/>.</summary>
    public FrozenDictionary<string, Gender> StressedPronouns { get; init; } = FrozenDictionary<string, Gender>.Empty;

    /// <summary>Phrases whose possessive is the source, the person the text is about (`a suo dire`, `à ses yeux`), lower case.</summary>
    public IReadOnlyList<string> PossessiveAccordingToPhrases { get; init; } = [];

    /// <summary>Words that name the source only when they open the sentence before a quote (`Pour elle, « … »`, `Para González, “…”`).</summary>
    public FrozenSet<string> OpeningAccordingTo { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Prepositions that open a sentence stating someone's view (German `Für Weber ist klar: „…“`): the source only when one
    /// of <see cref="ViewpointPredicates"/> follows, since `Für die Familien ist das schwer` states no one's view.
    /// </summary>
    public FrozenSet<string> ViewpointOpeners { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Predicates of a view after <see cref="ViewpointOpeners"/>, lower case: `ist klar`, `steht fest`.</summary>
    public IReadOnlyList<string> ViewpointPredicates { get; init; } = [];

    /// <summary>Postpositions after the source, before the quote: German `Weber zufolge „…“`.</summary>
    public FrozenSet<string> AccordingToAfter { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that follow a quote and name its source like a verb: German `„…“, so Weber.`</summary>
    public FrozenSet<string> TailAccordingTo { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verb forms only reported speech uses (German Konjunktiv I: `sei`, `habe`, `werde`, `liege`): a sentence holding one goes
    /// on in the voice of whoever the text is reporting, and so does a quote that stands beside it with no cue of its own.
    /// </summary>
    public FrozenSet<string> ReportedSpeechVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>First-person subject pronouns (`ich`, `wir`): beside one, a form of <see cref="ReportedSpeechVerbs"/> is the writer's indicative.</summary>
    public FrozenSet<string> FirstPersonPronouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>`as` before a source and its reporting verb at a sentence's end: German `…, wie Barisic schildert.`</summary>
    public FrozenSet<string> ReportingAs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Openings of the sentence after a quote that go on with a reporting verb and its subject: Italian `Lo` (ha detto X), `È quanto` (dichiara X).</summary>
    public IReadOnlyList<string> FollowingVerbOpeners { get; init; } = [];

    /// <summary>Openings of the sentence after a quote that name its source with no verb: Italian `Così` (il ministro X, a margine …).</summary>
    public IReadOnlyList<string> FollowingSourceOpeners { get; init; } = [];

    /// <summary>A full stop after a number writes an ordinal (German `der 27. UN-Klimakonferenz`, `am 5. Mai`), not a sentence's end.</summary>
    public bool OrdinalDot { get; init; }

    /// <summary>Reporting verbs' infinitives with an object clitic (`dirlo`, `spiegarlo`): Italian `A dirlo è stato X` after a quote.</summary>
    public FrozenSet<string> CliticInfinitives { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Forms of `to be` between such an infinitive and its subject (`è`, `è stato`, `è stata`).</summary>
    public FrozenSet<string> Copulas { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Conjunctions that open a new clause after a quote (`mentre`, `while`, `pendant que`): its verb is not the quote's cue.</summary>
    public FrozenSet<string> Conjunctions { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Conjunctions that open a subordinate clause before the main one (`Nachdem Weber gegangen war, meldete sich Roth:`,
    /// `Quand Dupont est parti, Martin a dit :`): a person named before that clause's comma is not the main clause's subject.
    /// </summary>
    public FrozenSet<string> Subordinators { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Third-person subject pronouns with the gender they refer to (`er` → male, `elle` → female).</summary>
    public required FrozenDictionary<string, Gender> Pronouns { get; init; }

    /// <summary>Articles and demonstratives that open a description (`der`, `la`, `el`, `il`, `o`).</summary>
    public required FrozenSet<string> Determiners { get; init; }

    /// <summary>Articles that tell the gender of the noun after them (`la ministra`, `der Sprecher`), for `the minister` back-references.</summary>
    public FrozenDictionary<string, Gender> GenderedDeterminers { get; init; } = FrozenDictionary<string, Gender>.Empty;

    /// <summary>Plural articles (`los`, `les`, `gli`, `os`): `respondieron los abogados` is a group, not one person to name.</summary>
    public FrozenSet<string> PluralDeterminers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Prepositions that mark who was spoken to after an inverted verb (`dijo a la prensa el ministro`, `a déclaré à l'AFP le
    /// ministre`, `disse ao G1 o ministro`): the addressee is skipped to reach the subject.
    /// </summary>
    public FrozenSet<string> RecipientPrepositions { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Possessives that open a description (`sein Sprecher`, `su portavoz`, `son avocat`, `il suo legale`, `o seu assessor`): the
    /// possessor's spokesman is someone else, whom the description leaves unnamed.
    /// </summary>
    public FrozenSet<string> Possessives { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Impersonal subjects after an inverted verb (`heißt es`, `hieß es in der Erklärung`): nobody to name.</summary>
    public FrozenSet<string> ImpersonalSubjects { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The word for `and` (`und`, `et`, `y`, `e`): `Bianchi e Neri si sono incontrati` has two subjects, neither of whom a dropped one is.</summary>
    public FrozenSet<string> And { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Indefinite articles: `ein Mitarbeiter sagte` names no one in particular.</summary>
    public required FrozenSet<string> Indefinites { get; init; }

    /// <summary>Prepositions that end a speaker's name and start a complement (`von`, `de`, `del`, `di`, `da`).</summary>
    public required FrozenSet<string> Prepositions { get; init; }

    /// <summary>
    /// The prepositions of <see cref="Prepositions"/> that make a name a noun's modifier (`de`, `du`, `di`, `do`: `el gobierno de
    /// Iván Duque`), not a participant the next dropped subject could be (`con Quiñónez`, `a Martínez`).
    /// </summary>
    public FrozenSet<string> OfPrepositions { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Nouns for a person that the role lexicon lacks (`el comunicador`, `o apresentador`). A language that lists them lets a
    /// description the article gave no one as a role refer to the person it follows (<see cref="ProtagonistDescription"/>).
    /// </summary>
    public FrozenSet<string> PersonNouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Whether a lower-case word names a person: one of <see cref="PersonNouns"/> or a role word of the lexicon.</summary>
    public bool IsPersonNoun(string lower) => PersonNouns.Contains(lower) || EntityKnowledge.IsRoleWord(lower, Code);

    /// <summary>Whether a person's name may follow an article (`la Meloni`, `o Lula`, German `der Verkehrsminister Weber` runs): Spanish and French names do not.</summary>
    public bool NamesTakeArticles { get; init; } = true;

    /// <summary>German capitalises every noun: a capitalised word there is no sign of a name.</summary>
    public bool CapitalisesNouns { get; init; }

    /// <summary>
    /// A verb-second language (German) lists the prepositions that open a sentence's first phrase (`in`, `via`, `an`): after
    /// that phrase and the finite verb comes the subject (<see cref="VerbSecondLead"/>). Empty elsewhere.
    /// </summary>
    public FrozenSet<string> VerbSecondOpeners { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Spanish, Italian and Portuguese drop the subject: `“…”, afirmó.` is said by the person the text is about.</summary>
    public bool DropsSubject { get; init; }

    /// <summary>A pronoun that is also the plural (German `sie`), with a plural verb beside it (`sagten sie`, `sie haben`): they, not she.</summary>
    public FrozenSet<string> AlsoPluralPronouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Plural verb endings that tell <see cref="AlsoPluralPronouns"/> apart (`-en` in `sagten`, `haben`).</summary>
    public IReadOnlyList<string> PluralVerbEndings { get; init; } = [];

    public bool IsPlural(string pronoun, string verb) =>
        AlsoPluralPronouns.Contains(pronoun) && PluralVerbEndings.Any(e => verb.EndsWith(e, StringComparison.Ordinal));

    public static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenDictionary<string, Gender> Genders(string male, string female) =>
        male.Split(' ').Select(w => (w, Gender.Male)).Concat(female.Split(' ').Select(w => (w, Gender.Female)))
            .ToFrozenDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal);
}
