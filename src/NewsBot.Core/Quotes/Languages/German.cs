using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>German: `„…“, sagte der Minister.`, `so Weber`, `laut Weber`, `fügte … hinzu`, `er`/`sie`.</summary>
internal static class German
{
    /// <summary>Weak verbs: present `erklärt`, past `erklärte(n)`, participle `erklärt`/`gesagt`.</summary>
    private static readonly string[] WeakStems =
    [
        "teil", "kündig", "appellier", "beschwichtig", "informier",
        "sag", "erklär", "beton", "mein", "erläuter", "erzähl", "schilder", "bericht", "antwort", "ergänz", "warn",
        "kritisier", "bestätig", "versicher", "unterstreich", "forder", "behaupt", "klag", "beklag", "frag", "erinner", "scherz",
        "bilanzier", "kommentier", "resümier", "argumentier", "mahn", "ermahn", "lach", "seufz", "twitter", "schätz",
        "verkünd", "äußer", "beschreib", "verdeutlich", "präzisier", "zitier", "folger", "schlussfolger", "urteil", "bekräftig", "widersprech",
        "entgegn", "erwider", "rechtfertig", "wunder", "räum", "hoff", "glaub", "sorg", "mach",
        "führ", "bemerk", "konter", "beteuer", "prophezei", "vermut", "reagier", "stimm", "beschwer", "freu", "ärger", "wehr",
        "fass", "monier", "schimpf", "spott", "jubel", "konstatier", "insistier", "poste", "leg", "setz", "zeig", "bedauer",
        "begründ", "lob", "ergänz", "analysier", "appellier", "relativier", "signalisier", "plädier", "skizzier", "veranschaulich",
        "schwärm", "dräng", "merk", "frotzel", "witzel", "spekulier", "prognostizier", "räsonier",

        // Verbs of judging, wishing, complaining and manner of speaking a paper writes after a quote (`„…“, bemängelte Weber`).
        "bemängel", "beanstand", "befürcht", "fürcht", "bezweifel", "zweifel", "dementier", "verteidig", "beharr", "poch", "verlang",
        "bekund", "formulier", "bewert", "beurteil", "dank", "bedank", "wünsch", "gratulier", "stöhn", "jammer", "rüg", "läster",
        "wetter", "polter", "ätz", "flüster", "murmel", "brüll", "grins", "schmunzel", "philosophier", "sinnier", "plauder", "beicht",
        "beobacht", "deut", "notier", "reklamier", "begrüß", "zähl", "schränk", "bet", "red", "diagnostizier", "hinterfrag",

        // Verb-last only, where the separable prefix stays on: `wie Weber es ausdrückte`, `wie sich Weber ausdrückte`.
        "ausdrück",
    ];

    private static readonly string[] StrongForms =
    [
        "gestand", "gesteht", "gestanden", "verrät", "verriet", "betonte",
        "schreibt", "schreiben", "schrieb", "schrieben", "geschrieben", "spricht", "sprechen", "sprach", "sprachen", "ruft", "rief", "riefen",
        "fügt", "fügte", "fügten", "hinzugefügt", "gibt", "gab", "gaben", "zu", "räumt", "räumte", "ein", "weiß", "wusste",
        "stellt", "stellte", "fest", "klar", "heißt", "hieß", "versprach", "verspricht", "widersprach", "bekennt", "bekannte",
        "nennt", "nannte", "denkt", "dachte", "sieht", "sah", "hält", "hielt", "beschreibt", "beschrieb", "unterstrich",
        "verwies", "verweist", "verwiesen", "wies", "weist", "hingewiesen", "schloss", "schließt", "empfahl", "empfiehlt",
        "bat", "bittet", "gebeten", "warf", "wirft", "hebt", "hob", "hervorgehoben", "fährt", "fuhr", "fortgefahren",
        "beschließt", "stellte", "gesprochen", "gerufen",
        "rät", "riet", "rieten", "schob", "schiebt",
        "findet", "fand", "fanden", "schreit", "schrie", "geschrien", "verraten", "bestreitet", "bestritt", "bestritten",
        "wendet", "wandte", "eingewandt", "beschwört", "beschwor", "pries", "preist",

        // Participles of separable and strong verbs the weak inflection misses (`„…“, hat Weber eingeräumt.`).
        "mitgeteilt", "angekündigt", "festgestellt", "klargestellt", "eingeräumt", "zugegeben", "versprochen", "unterstrichen",
        "angemerkt", "ausgeführt", "nachgelegt", "nachgeschoben", "dargelegt", "zugestanden", "ausgedrückt",

        // Infinitives of separable verbs after `ließ` (`„…“, ließ Weber mitteilen.`, `ließ die Firma verlauten`).
        "mitteilen", "verlauten", "ausrichten",
        "so", "laut",
    ];

    private static IEnumerable<string> Inflect(string stem)
    {
        var linkingE = NeedsLinkingE(stem);
        var pastStem = linkingE ? stem + "e" : stem;
        yield return stem + (linkingE ? "et" : "t");
        yield return pastStem + "te";
        yield return pastStem + "ten";
        yield return stem + "en";
        var inseparable = stem.StartsWith("be", StringComparison.Ordinal) || stem.StartsWith("er", StringComparison.Ordinal)
            || stem.StartsWith("ver", StringComparison.Ordinal) || stem.StartsWith("ent", StringComparison.Ordinal)
            || stem.StartsWith("unter", StringComparison.Ordinal) || stem.EndsWith("ier", StringComparison.Ordinal);
        yield return (inseparable ? string.Empty : "ge") + stem + (linkingE ? "et" : "t");
    }

    /// <summary>`antwortete`, `entgegnete`: a stem ending in `t`/`d`, or in `n`/`m` after a consonant other than `l`, `r`, `h`, takes an `e` before its ending.</summary>
    private static bool NeedsLinkingE(string stem) =>
        stem.EndsWith('t') || stem.EndsWith('d')
        || (stem.Length > 2 && stem[^1] is 'n' or 'm' && !"aeiouäöülrh".Contains(stem[^2], StringComparison.Ordinal));

    /// <summary>
    /// Konjunktiv I, the mood of reported speech (`Die Lage sei ernst`, `das habe ihn getragen`), and the Konjunktiv II forms
    /// that stand in for it where Konjunktiv I looks like the indicative (`würden`, `hätten`). Only third-person forms
    /// that differ from the indicative: `habe` is also `ich habe`, which a reporter's own sentence rarely says.
    /// </summary>
    private static readonly string[] ReportedSpeechForms =
    [
        "sei", "seien", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle", "möge", "wisse", "gebe", "gehe", "stehe",
        "liege", "gelte", "komme", "bleibe", "brauche", "fehle", "handle", "bedeute", "lasse", "sehe", "halte", "hänge", "mache",
        "zeige", "spiele", "laufe", "finde", "trage", "führe", "gehöre", "erwarte", "plane", "arbeite", "stimme",
        "würde", "würden", "hätten", "wären",
    ];

    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "de",
        StopWords = LanguageKnowledge.Set(
            "der", "die", "das", "und", "ist", "nicht", "sich", "mit", "auf", "den", "dem", "des", "ein", "eine", "auch",
            "wird", "sind", "zu", "von", "für", "im", "dass", "wir", "ich", "es", "sie", "er", "hat", "haben", "wie", "noch",
            "nach", "bei", "aus", "über", "einen", "einer", "werden", "wurde", "aber", "oder", "nur", "schon", "sagt", "sagte"),
        Verbs = WeakStems.SelectMany(Inflect).Concat(StrongForms.Where(f => f is not ("zu" or "ein" or "fest" or "klar" or "so" or "laut")))
            .ToFrozenSet(StringComparer.Ordinal),
        VerbCompanions = LanguageKnowledge.Set("hat", "haben", "hatte", "hatten", "sich"),
        AccordingTo = LanguageKnowledge.Set("laut"),
        ReportedSpeechVerbs = ReportedSpeechForms.ToFrozenSet(StringComparer.Ordinal),
        ReportingAs = LanguageKnowledge.Set("wie"),
        FirstPersonPronouns = LanguageKnowledge.Set("ich", "wir"),
        TailAccordingTo = LanguageKnowledge.Set("so"),
        AccordingToAfter = LanguageKnowledge.Set("zufolge"),
        AccordingToPhrases = ["nach ansicht von", "nach meinung von", "aus sicht von", "nach worten von", "nach den worten von", "nach angaben von"],
        PossessiveAccordingToPhrases =
        [
            "seiner ansicht nach", "ihrer ansicht nach", "seiner meinung nach", "ihrer meinung nach", "aus seiner sicht", "aus ihrer sicht",
            "nach seinen worten", "nach ihren worten", "seinen worten nach", "ihren worten nach",
        ],
        ViewpointOpeners = LanguageKnowledge.Set("für"),
        ViewpointPredicates = ["ist klar", "war klar", "sei klar", "steht fest", "stand fest", "ist sicher", "war sicher", "ist eindeutig", "ist ausgemacht"],
        Conjunctions = LanguageKnowledge.Set("während", "aber", "doch", "als", "weil", "wenn", "nachdem", "bevor"),
        Subordinators = LanguageKnowledge.Set("wenn", "nachdem", "als", "weil", "bevor", "während", "obwohl", "obgleich", "seit", "seitdem", "sobald", "falls", "da", "damit", "solange"),
        Pronouns = LanguageKnowledge.Genders("er", "sie"),
        AlsoPluralPronouns = LanguageKnowledge.Set("sie"),
        PluralVerbEndings = ["en", "ten", "ben"],
        GenderedDeterminers = LanguageKnowledge.Genders("der", "die"),
        Determiners = LanguageKnowledge.Set("der", "die", "das", "den", "dem", "des", "dieser", "diese", "dieses", "diesem", "jener", "jene"),
        Possessives = LanguageKnowledge.Set("sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"),
        ImpersonalSubjects = LanguageKnowledge.Set("es", "man"),
        And = LanguageKnowledge.Set("und"),
        Indefinites = LanguageKnowledge.Set("ein", "eine", "einer", "eines", "einem", "einige", "manche", "viele", "mehrere"),
        RecipientPrepositions = LanguageKnowledge.Set("dem", "gegenüber"),
        CapitalisesNouns = true,
        VerbSecondOpeners = LanguageKnowledge.Set(
            "in", "im", "an", "am", "auf", "bei", "beim", "mit", "nach", "vor", "via", "über", "unter", "während", "zum", "zur", "gegenüber", "seit"),
        Prepositions = LanguageKnowledge.Set("von", "vom", "aus", "bei", "beim", "im", "in", "am", "an", "für", "gegenüber", "auf", "zu", "zum", "zur", "mit", "nach", "über"),
        // `„…“ Das sagte der Präsident …, Sameh Shoukry.`, `„…“ Dies betonte Anna Berg am Montag.`: the wire's sentence after the quote.
        // `„…“ Mit diesen Worten reagierte Weber auf die Kritik.`
        FollowingVerbOpeners = ["das", "dies", "mit diesen worten", "mit diesen sätzen"],
        OrdinalDot = true,
    };
}
