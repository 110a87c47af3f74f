using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>French: `« … », a déclaré Marie Dupont`, `affirme-t-elle`, `s'est dit`, `selon X`, `pour elle, « … »`, `il`/`elle`.</summary>
internal static class French
{
    /// <summary>First-group verbs (-er): `affirme`, `affirment`, `affirmait`, `affirma`, `affirmé(e)(s)`.</summary>
    private static readonly string[] ErStems =
    [
        "nuanc", "abond", "constat", "interpell", "s'agac", "agac", "s'amus", "amus", "tempér", "félicit",
        "déclar", "affirm", "ajout", "expliqu", "estim", "précis", "assur", "indiqu", "soulign", "rappel", "insist",
        "confi", "racont", "témoign", "lanc", "observ", "not", "résum", "martel", "tonn", "regrett", "déplor", "dénonc",
        "jug", "avou", "concéd", "souffl", "gliss", "soupir", "confirm", "annonc", "tweet", "analys", "détaill", "ironis",
        "plaid", "rétorqu", "répliqu", "protest", "s'exclam", "exclam", "argument", "comment", "point", "signal", "raill", "lâch",
    ];

    private static readonly string[] IrregularForms =
    [
        "renchérit", "répète", "répété", "souligne", "admet", "convient", "reprend", "repris", "décrit", "décrivait",
        "dit", "dis", "disent", "disait", "disaient", "dira", "écrit", "écrivent", "écrivait", "écrivaient", "répond",
        "répondent", "répondu", "répondait", "poursuit", "poursuivent", "poursuivi", "conclut", "conclu", "prévient", "prévenu",
        "avertit", "averti", "reconnaît", "reconnait", "reconnu", "admet", "admis", "ajoute", "explique", "assène", "martèle",
        "interroge", "s'interroge", "sourit", "souri", "rit", "promet", "promis", "soutient", "soutenu", "maintient",
        "fait", "résume", "relève", "relevé", "lance", "tranche", "tranché", "s'emporte", "emporte", "s'inquiète", "inquiète",
    ];

    private static IEnumerable<string> Inflect(string stem)
    {
        var soft = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
        yield return stem + "e";
        yield return stem + "ent";
        yield return soft + "ait";
        yield return soft + "aient";
        yield return soft + "a";
        yield return stem + "é";
        yield return stem + "ée";
        yield return stem + "és";
        yield return stem + "èrent";
    }

    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "fr",
        StopWords = LanguageKnowledge.Set(
            "le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "pour", "que", "qui", "sur", "pas", "au", "aux",
            "avec", "ce", "il", "elle", "sont", "ont", "nous", "mais", "ou", "plus", "été", "cette", "leur", "ses", "son", "sa",
            "selon", "comme", "être", "avait", "fait", "aussi", "très", "déjà"),
        Verbs = ErStems.SelectMany(Inflect).Concat(IrregularForms).ToFrozenSet(StringComparer.Ordinal),
        VerbCompanions = LanguageKnowledge.Set("a", "ont", "avait", "avaient", "aurait", "est", "s'est", "se", "s'", "sont", "s'était"),
        AccordingTo = LanguageKnowledge.Set("selon"),
        AccordingToPhrases = ["d'après", "d’après"],
        OpeningAccordingTo = LanguageKnowledge.Set("pour"),
        NamesTakeArticles = false,
        Conjunctions = LanguageKnowledge.Set("mais", "alors", "tandis", "pendant", "lorsque", "quand", "puisque", "car", "si"),
        Pronouns = LanguageKnowledge.Genders("il", "elle"),
        GenderedDeterminers = LanguageKnowledge.Genders("le", "la"),
        Determiners = LanguageKnowledge.Set("le", "la", "les", "l", "l'", "l’", "ce", "cette", "cet"),
        Indefinites = LanguageKnowledge.Set("un", "une", "des", "plusieurs", "certains", "certaines"),
        Prepositions = LanguageKnowledge.Set("de", "du", "des", "d'", "d’", "à", "au", "aux", "pour", "chez", "dans", "en", "sur", "auprès"),
    };
}
