using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>Italian: `«…», ha detto Rossi.`, `ha aggiunto.` (subject dropped), `secondo X`, `lui`/`lei`.</summary>
internal static class Italian
{
    /// <summary>-are verbs: `spiega`, `spiegano`, `spiegò`, `spiegava`, `spiegato`, `spiegando`.</summary>
    private static readonly string[] AreStems =
    [
        "esult", "sbott", "avvis", "ammon", "constat",
        "spieg", "dichiar", "afferm", "sottoline", "raccont", "ricord", "annunci", "osserv", "rilev", "precis", "denunci",
        "attacc", "conferm", "assicur", "lament", "comment", "evidenzi", "not", "segnal", "specific", "argoment", "aggiorn", "rimarc", "sollecit", "elenc",
        "incalz", "replic", "esclam", "scherz", "accus", "rivendic", "auspic", "puntualizz", "illustr",
        "confid", "twitt", "domand", "ironizz", "tuon", "sintetizz",
        "parl", "rassicur", "chios", "contest", "esort", "rilanci", "rivel", "confess", "sfog", "rincar", "motiv", "giustific", "raccomand",
        "minimizz", "enfatizz", "insegn", "attest", "certific", "menzion", "polemizz", "rimprover", "indic", "sentenzi", "sospir", "grid",
    ];

    /// <summary>-ere verbs: `insiste`, `insistono`, `insistette`, `insisteva`, `insistito`.</summary>
    private static readonly string[] EreStems = ["insist", "ripet", "prem", "riflett"];

    /// <summary>-ire verbs of the -isce kind: `ribadisce`, `ribadiscono`, `ribadì`, `ribadiva`, `ribadito`.</summary>
    private static readonly string[] IsceStems = ["ribad", "chiar", "rifer", "sugger", "esord", "ammon", "garant"];

    /// <summary>Other -ire verbs: `avverte`, `avvertono`, `avvertì`, `avvertiva`, `avvertito`.</summary>
    private static readonly string[] IreStems = ["avvert", "prosegu", "sorrid"];

    private static readonly string[] IrregularForms =
    [
        "chiarisce", "chiarito", "ribatte", "ribattuto", "ammonisce", "ammonito", "interviene", "intervenuto", "riferisce", "riferito", "suggerisce", "suggerito",
        "detto", "dice", "dicono", "dicendo", "disse", "dissero", "diceva", "dirà", "aggiunto", "aggiunge", "aggiungono", "aggiunse",
        "scritto", "scrive", "scrisse", "risposto", "risponde", "rispose", "ammesso", "ammette", "ammise", "concluso",
        "conclude", "concluse", "sostenuto", "sostiene", "sostenne", "chiesto", "chiede", "chiese", "promesso", "promette",
        "riconosciuto", "riconosce", "riconobbe", "avverte", "avvertito", "insiste", "ribadisce", "ribadito", "ribadì",
        "sottolinea", "spiegato", "premesso", "premette", "messo", "assicura", "definito", "definisce", "prosegue", "proseguito",
        "continua", "continuato", "ripete", "ripetuto", "esordito", "esordisce", "attacca",
        // The imperfetto, gerundio and passato remoto of the irregular ones, which the stems above do not produce.
        "dicevano", "aggiungeva", "aggiungevano", "aggiungendo", "aggiunsero", "rispondeva", "rispondendo", "risposero", "ammetteva",
        "ammettendo", "concludeva", "concludendo", "sosteneva", "sostenendo", "sostengono", "sostennero", "chiedeva", "chiedendo",
        "chiedono", "promise", "promettendo", "riconosceva", "riconoscendo", "scriveva", "scrivendo", "scrivono", "ribatté",
        "ribattè", "ribattendo", "ripeté", "ripetè", "insistette", "rispondono", "ammettono", "concludono",
    ];

    private static IEnumerable<string> Inflect(string stem)
    {
        // Presente, passato remoto, imperfetto, futuro, participio (passato prossimo with `ha`) and gerundio, third person.
        var hard = stem.EndsWith('c') || stem.EndsWith('g') ? stem + "h" : stem;
        foreach (var ending in (string[])["a", "ano", "ò", "ava", "avano", "arono", "ato", "ata", "ati", "ando"])
            yield return stem + ending;
        yield return hard + "erà";
        yield return hard + "eranno";
    }

    private static IEnumerable<string> InflectEre(string stem)
    {
        foreach (var ending in (string[])["e", "ono", "eva", "evano", "ito", "uto", "endo", "erà"])
            yield return stem + ending;
    }

    private static IEnumerable<string> InflectIre(string stem)
    {
        foreach (var ending in (string[])["e", "ono", "ì", "irono", "iva", "ivano", "ito", "endo", "irà"])
            yield return stem + ending;
    }

    private static IEnumerable<string> InflectIsce(string stem)
    {
        foreach (var ending in (string[])["isce", "iscono", "ì", "irono", "iva", "ivano", "ito", "ita", "endo", "irà"])
            yield return stem + ending;
    }

    /// <summary>Infinitives with the clitic `lo` (`A dirlo è stato …`): `spiegarlo`, `ribadirlo`, `ripeterlo`, `avvertirlo`, and the irregular ones.</summary>
    private static IEnumerable<string> CliticInfinitives() =>
        AreStems.Select(s => s + "arlo").Concat(EreStems.Select(s => s + "erlo")).Concat(IsceStems.Concat(IreStems).Select(s => s + "irlo"))
            .Concat(["dirlo", "aggiungerlo", "scriverlo", "ammetterlo", "sostenerlo", "chiederlo", "riconoscerlo", "ripeterlo", "sottolinearlo", "ricordarlo"]);

    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "it",
        StopWords = LanguageKnowledge.Set(
            "il", "lo", "la", "gli", "le", "di", "che", "e", "è", "un", "una", "per", "con", "non", "del", "della", "sono",
            "nel", "nella", "anche", "ha", "si", "più", "dei", "delle", "alla", "al", "ma", "come", "questo", "questa", "sia",
            "stato", "essere", "secondo", "ancora", "loro", "degli", "tra", "fra", "sul", "sulla"),
        Verbs = AreStems.SelectMany(Inflect).Concat(EreStems.SelectMany(InflectEre)).Concat(IsceStems.SelectMany(InflectIsce))
            .Concat(IreStems.SelectMany(InflectIre)).Concat(IrregularForms).Concat(RomancePrefixedVerbs.Forms("it"))
            .ToFrozenSet(StringComparer.Ordinal),
        VerbCompanions = LanguageKnowledge.Set("ha", "hanno", "aveva", "avevano", "avrebbe", "è", "si", "s'è", "era"),
        CompoundTenseAdverbs = LanguageKnowledge.Set("poi", "anche", "inoltre", "ancora", "già", "infine", "quindi", "subito", "pure", "invece", "però", "perfino", "persino"),
        AccordingTo = LanguageKnowledge.Set("secondo"),
        TailAccordingTo = LanguageKnowledge.Set("così"),
        // `Fanno sapere da Palazzo Chigi che «…»`: the office that let it be known.
        AccordingToPhrases = ["a detta di", "stando a", "parola di", "fanno sapere da", "fanno sapere dal", "fanno sapere dalla", "fanno sapere dallo", "fanno sapere dai", "fanno sapere dagli"],
        OpeningAccordingTo = LanguageKnowledge.Set("per"),
        PossessiveAccordingToPhrases = ["a suo dire", "a suo avviso", "a suo parere", "a detta sua", "a suo giudizio"],
        Conjunctions = LanguageKnowledge.Set("mentre", "ma", "quando", "anche", "perché", "poiché", "invece"),
        Subordinators = LanguageKnowledge.Set("quando", "mentre", "se", "benché", "sebbene", "dopo", "prima", "poiché", "perché", "siccome"),
        Pronouns = LanguageKnowledge.Genders("lui egli", "lei ella"),
        GenderedDeterminers = LanguageKnowledge.Genders("il lo", "la"),
        Determiners = LanguageKnowledge.Set("il", "lo", "la", "l", "i", "gli", "le", "questo", "questa", "quel", "quella"),
        PluralDeterminers = LanguageKnowledge.Set("i", "gli", "le"),
        RecipientPrepositions = LanguageKnowledge.Set("a", "al", "allo", "alla", "ai", "agli", "alle"),
        Possessives = LanguageKnowledge.Set("suo", "sua", "suoi", "sue", "loro"),
        And = LanguageKnowledge.Set("e", "ed"),
        Indefinites = LanguageKnowledge.Set("un", "uno", "una", "alcuni", "alcune", "diversi", "fonti"),
        OfPrepositions = LanguageKnowledge.Set("di", "del", "della", "dello", "dei", "degli", "delle"),
        Prepositions = LanguageKnowledge.Set("di", "del", "della", "dello", "dei", "degli", "delle", "da", "dal", "dalla", "a", "al", "alla", "in", "nel", "nella", "per", "con", "su", "sul", "tra", "fra"),
        FollowingVerbOpeners = ["lo", "è quanto", "questo è quanto", "questo quanto"],
        FollowingSourceOpeners = ["così", "queste le parole di", "le parole di"],
        CliticInfinitives = CliticInfinitives().ToFrozenSet(StringComparer.Ordinal),
        Copulas = LanguageKnowledge.Set("è", "era", "fu", "sarà", "stato", "stata", "sono", "stati", "state"),
        DropsSubject = true,
    };
}
