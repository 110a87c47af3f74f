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
        "rapport", "rassur", "fustig", "tacl", "indign", "s'indign", "étonn", "s'étonn", "félicit", "complét", "réitér", "suggér",
        "consol", "interrog", "cit", "relat", "énumér", "justifi", "pondér", "exhort",
        "révél", "plaisant", "attaqu", "accus", "salu", "argu", "développ",
        "alert", "object", "relativis", "enchaîn", "fulmin", "s'insurg", "insurg", "réclam", "confess", "murmur", "chuchot",
        "s'écri", "écri", "hurl", "évoqu", "conseill", "recommand", "certifi", "réfut", "clam",
        "proclam", "rectifi", "minimis", "revendiqu", "décrypt", "ripost", "questionn", "remerci", "pest", "grinc", "rican",
        "s'esclaff", "esclaff", "s'alarm", "balay", "s'enthousiasm", "enthousiasm", "s'inquiét", "désol",
    ];

    /// <summary>Second- and third-group verbs by their present stem: `réagit`, `réagissent`, `réagissait`, `réagi`.</summary>
    private static readonly string[] IrStems = ["réag", "avert", "renchér", "applaud", "réjou"];

    private static readonly string[] IrregularForms =
    [
        "renchérit", "répète", "répété", "souligne", "admet", "convient", "reprend", "repris", "décrit", "décrivait",
        "dit", "dis", "disent", "disait", "disaient", "dira", "écrit", "écrivent", "écrivait", "écrivaient", "répond",
        "répondent", "répondu", "répondait", "poursuit", "poursuivent", "poursuivi", "conclut", "conclu", "prévient", "prévenu",
        "avertit", "averti", "reconnaît", "reconnait", "reconnu", "admet", "admis", "ajoute", "explique", "assène", "martèle",
        "interroge", "s'interroge", "sourit", "souri", "rit", "promet", "promis", "soutient", "soutenu", "maintient",
        "défend", "défendu", "défendait", "asséné", "fait", "résume", "relève", "relevé", "lance", "tranche", "tranché", "s'emporte", "emporte", "s'inquiète", "inquiète",
        // Passé simple of features and portraits (`répondit-il`, `fit-elle remarquer`) and participles the stems miss.
        "répondit", "reprit", "poursuivit", "admit", "promit", "reconnut", "prévint", "écrivit", "soutint", "maintint", "conclut",
        "maintenu", "convenu", "prédit", "craint", "dément", "démenti", "garantit", "garanti", "exige", "exigé", "exigeait",
    ];

    private static IEnumerable<string> Inflect(string stem)
    {
        var soft = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
        var present = PresentStem(stem);
        yield return present + "e";
        yield return present + "ent";
        yield return present + "era";
        yield return present + "eront";
        yield return stem + "ées";
        yield return soft + "ait";
        yield return soft + "aient";
        yield return soft + "a";
        yield return stem + "é";
        yield return stem + "ée";
        yield return stem + "és";
        yield return stem + "èrent";
    }

    /// <summary>`rappeler` → `rappelle`, `jeter` → `jette`, `concéder` → `concède`, `lever` → `lève`: the stem the present and future take.</summary>
    private static string PresentStem(string stem)
    {
        const string vowels = "aeiouyéè";
        if (stem.Length < 3 || vowels.Contains(stem[^1], StringComparison.Ordinal) || stem[^2] is not ('e' or 'é') || vowels.Contains(stem[^3], StringComparison.Ordinal))
            return stem;
        return stem[^2] == 'e' && stem[^1] is 'l' or 't' ? stem + stem[^1] : stem[..^2] + "è" + stem[^1];
    }

    private static IEnumerable<string> InflectIr(string stem)
    {
        foreach (var ending in (string[])["it", "issent", "issait", "issaient", "i", "ie", "ira", "iront"])
            yield return stem + ending;
    }

    /// <summary>`s'exclame` and `s’exclame`: papers set the pronoun's apostrophe straight or curly.</summary>
    private static IEnumerable<string> BothApostrophes(string form)
    {
        yield return form;
        if (form.Contains('\'', StringComparison.Ordinal))
        {
            yield return form.Replace('\'', '’');
        }
    }

    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "fr",
        StopWords = LanguageKnowledge.Set(
            "le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "pour", "que", "qui", "sur", "pas", "au", "aux",
            "avec", "ce", "il", "elle", "sont", "ont", "nous", "mais", "ou", "plus", "été", "cette", "leur", "ses", "son", "sa",
            "selon", "comme", "être", "avait", "fait", "aussi", "très", "déjà"),
        Verbs = ErStems.SelectMany(Inflect).Concat(IrStems.SelectMany(InflectIr)).Concat(IrregularForms).Concat(RomancePrefixedVerbs.Forms("fr")).SelectMany(BothApostrophes).ToFrozenSet(StringComparer.Ordinal),
        VerbCompanions = LanguageKnowledge.Set("a", "ont", "avait", "avaient", "aurait", "est", "s'est", "se", "s'", "sont", "s'était"),
        CompoundTenseAdverbs = LanguageKnowledge.Set("encore", "aussi", "ensuite", "également", "enfin", "déjà", "alors", "toutefois", "pourtant", "cependant", "néanmoins", "même", "notamment", "simplement", "longuement"),
        AccordingTo = LanguageKnowledge.Set("selon"),
        AccordingToPhrases = ["d'après", "d’après"],
        OpeningAccordingTo = LanguageKnowledge.Set("pour"),
        StressedPronouns = LanguageKnowledge.Genders("lui", "elle"),
        PossessiveAccordingToPhrases = ["à son avis", "à ses yeux", "à l'en croire", "selon ses mots", "selon ses termes"],
        NamesTakeArticles = false,
        Conjunctions = LanguageKnowledge.Set("mais", "alors", "tandis", "pendant", "lorsque", "quand", "puisque", "car", "si"),
        Subordinators = LanguageKnowledge.Set("quand", "lorsque", "puisque", "si", "tandis", "pendant", "après", "avant", "alors", "bien", "dès"),
        Pronouns = LanguageKnowledge.Genders("il", "elle"),
        GenderedDeterminers = LanguageKnowledge.Genders("le", "la"),
        Determiners = LanguageKnowledge.Set("le", "la", "les", "l", "l'", "l’", "ce", "cette", "cet"),
        PluralDeterminers = LanguageKnowledge.Set("les"),
        RecipientPrepositions = LanguageKnowledge.Set("à", "au", "aux"),
        Possessives = LanguageKnowledge.Set("son", "sa", "ses", "leur", "leurs"),
        ImpersonalSubjects = LanguageKnowledge.Set("on"),
        And = LanguageKnowledge.Set("et"),
        Indefinites = LanguageKnowledge.Set("un", "une", "des", "plusieurs", "certains", "certaines"),
        OfPrepositions = LanguageKnowledge.Set("de", "du", "des", "d'", "d’"),
        Prepositions = LanguageKnowledge.Set("de", "du", "des", "d'", "d’", "à", "au", "aux", "pour", "chez", "dans", "en", "sur", "auprès"),
    };
}
