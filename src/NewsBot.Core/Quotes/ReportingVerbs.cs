using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Verbs that introduce speech, in every tense form a news sentence uses, plus a start in other languages.</summary>
internal static class ReportingVerbs
{
    private static readonly string[] RegularLemmas =
    [
        "add", "warn", "assert", "remark", "state", "ask", "explain", "note", "argue", "insist", "reply", "continue",
        "claim", "tweet", "declare", "respond", "conclude", "report", "admit", "answer", "acknowledge", "announce",
        "observe", "recall", "suggest", "joke", "shout", "yell", "scream", "chant", "urge", "charge", "counter",
        "concede", "predict", "promise", "vow", "pledge", "confirm", "deny", "emphasize", "emphasise", "stress",
        "caution", "comment", "quip", "muse", "boast", "complain", "lament", "exclaim", "whisper", "post", "testify",
        "contend", "maintain", "agree", "recount", "demand", "wonder", "marvel", "mutter", "plead", "retort",
        "reiterate", "repeat", "explain", "describe", "tell", "insist", "scoff", "sigh", "laugh", "cry", "inform",
        "assure", "allege", "mention", "affirm", "proclaim", "opine", "interject", "rejoin", "reason", "posit",
        "elaborate", "clarify", "point", "instruct", "advise", "announce", "blast", "slam", "fume", "gush", "rave",
        "bark", "boom", "beam", "exhort", "remember", "echo", "lecture", "snap", "mock", "tease", "thunder", "intone", "gripe",
        "grumble", "crow", "sneer", "concur", "beg", "implore", "speculate", "guess", "estimate", "reflect", "confide",
        "confess", "disclose", "reveal", "email", "inquire", "enquire", "retaliate", "interrupt", "question", "react", "press", "rebut", "chide", "scold",
        "marvel", "recall", "brag", "predict", "acknowledge", "concede", "shrug", "smile", "grin", "nod", "sob", "gasp", "attack",
        // `“…,” shared Mr. Scott`: Caribbean and Indian newsrooms write it as any reporting verb.
        "share",
        // `“…,” she penned in an article in …`: a columnist's verb for writing.
        "pen",
        // `“…,” Mattern offers, “…”`: advice offered in words (news tune half: two speakers found, none lost).
        "offer",
        // `“…,” the lawmaker averred`: court and Indian or Nigerian copy. Not `submit`: `he submitted` after counsel
        // `appearing for` a client left the turn to the pronoun, which named no one (ClientAppositionTests).
        "aver",
    ];

    private static readonly string[] IrregularForms =
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "sing", "sings", "sang", "singing", "write", "writes", "wrote", "written",
        "writing", "speak", "speaks", "spoke", "spoken", "read", "reads", "add", "ask", "explain", "reply", "respond",
        // French, German, Spanish, Portuguese, Italian: a start.
        "dit", "dire", "déclaré", "déclare", "affirmé", "affirme", "ajouté", "ajoute", "expliqué", "explique",
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "fügte", "meinte",
        "dijo", "dice", "afirmó", "declaró", "explicó", "añadió", "aseguró",
        "disse", "diz", "afirmou", "declarou", "explicou", "acrescentou",
        "detto", "dichiarato", "spiegato", "aggiunto", "affermato",
    ];

    /// <summary>Verbs that double their last consonant before -ed and -ing (`admitted`, `quipping`, `sobbed`, `shrugged`).</summary>
    private static readonly string[] Doubling =
        ["admit", "quip", "snap", "beg", "chat", "regret", "commit", "submit", "rebut", "sob", "nod", "grin", "shrug", "pen", "aver"];

    private static readonly FrozenSet<string> Forms = BuildForms();

    private static readonly FrozenSet<string> BaseForms =
        RegularLemmas.Concat(["say", "tell", "write", "speak", "read"]).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsReportingVerb(string word) => Forms.Contains(word.ToLowerInvariant());

    /// <summary>`recall`, `say`: the form a modal takes (`would later recall`), a reporting verb only after one.</summary>
    public static bool IsBaseForm(string word) => BaseForms.Contains(word.ToLowerInvariant());

    /// <summary>`went on`, `shot back`, `chimed in`: verbs of speech only with their particle.</summary>
    public static bool IsPhrasal(string verb, string particle) => (verb, particle) switch
    {
        ("went" or "goes" or "go" or "going", "on") => true,
        ("shot" or "fired" or "hit" or "snapped" or "pushed" or "wrote" or "struck" or "talked" or "called", "back") => true,
        ("chimed" or "chimes" or "weighed" or "cut" or "piped", "in") => true,
        ("spoke" or "speaks" or "spoken" or "summed" or "sums" or "opened" or "spelled", "up" or "out") => true,
        // `as Marsh put it, “…”`: the way someone phrased a thing.
        ("put" or "puts", "it") => true,
        _ => false,
    };

    /// <summary>A participle (`saying`, `adding`) hangs off the subject of its sentence rather than a noun next to it.</summary>
    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && IsReportingVerb(word);

    private static FrozenSet<string> BuildForms()
    {
        var forms = new HashSet<string>(IrregularForms, StringComparer.Ordinal);
        foreach (var lemma in RegularLemmas)
        {
            forms.Add(ThirdPerson(lemma));
            forms.Add(Past(lemma));
            forms.Add(Gerund(lemma));
        }

        return forms.ToFrozenSet(StringComparer.Ordinal);
    }

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
        : lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ss", StringComparison.Ordinal) || lemma.EndsWith('x') ? lemma + "es"
        : lemma + "s";

    private static string Past(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
        : Doubling.Contains(lemma) ? lemma + lemma[^1] + "ed"
        : lemma + "ed";

    private static string Gerund(string lemma) =>
        lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
        : lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing"
        : Doubling.Contains(lemma) ? lemma + lemma[^1] + "ing"
        : lemma + "ing";

    private static bool IsVowel(char c) => "aeiou".Contains(c, StringComparison.Ordinal);
}
