using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>Spanish: `“…”, dijo García.`, `afirmó.` (subject dropped), `se mostró`, `según X`, `para X, “…”`, `él`/`ella`.</summary>
internal static class Spanish
{
    /// <summary>-ar verbs: `explica`, `explican`, `explicó`, `explicaron`, `explicaba`, `explicado`, `explicará`.</summary>
    private static readonly string[] ArStems =
    [
        "ejemplific", "acot", "reaccion", "confes", "apostill", "insinu", "retruc",
        "afirm", "asegur", "señal", "explic", "declar", "agreg", "indic", "apunt", "destac", "resalt", "recalc", "precis",
        "reiter", "insist", "manifest", "cuestion", "critic", "lament", "expres", "asever", "subray", "relat", "coment",
        "anunci", "adelant", "plante", "denunci", "reclam", "confirm", "alert", "detall", "enfatiz", "opin", "record",
        "pregunt", "contest", "aclar", "valor", "celebr", "matiz", "remarc", "exclam", "tuite", "juzg", "sentenci",
        "ironiz", "brome", "zanj", "puntualiz", "desliz", "remat", "narr", "explay", "sintetiz",
        "complement", "sum", "cerr", "ampli", "profundiz", "ahond", "argument", "consider", "estim", "calific", "reflexion",
        "concret", "interpel", "replic", "reproch", "exhort", "inst", "corrobor",
        "lanz", "revel", "mencion", "consign", "aleg", "extern", "abund", "inform", "anticip", "finaliz", "enumer", "espet", "fustig", "grafic", "grit", "salud", "cont", "terci",
    ];

    /// <summary>-er verbs: `responde`, `responden`, `respondió`, `respondieron`, `respondía`, `respondido`, `responderá`.</summary>
    private static readonly string[] ErStems = ["respond", "promet", "reconoc", "ced", "rebat"];

    /// <summary>-ir verbs: `admite`, `admiten`, `admitió`, `admitieron`, `admitía`, `admitido`, `admitirá`.</summary>
    private static readonly string[] IrStems = ["admit", "insist", "añad", "exig", "asum", "discut", "escrib", "aplaud", "coincid", "describ", "resum"];

    private static readonly string[] IrregularForms =
    [
        "refirió", "refiere", "expuso", "expone", "esgrimió", "arguyó", "concluyó", "sentenció", "aseveró", "insiste",
        "dijo", "dice", "dicen", "diciendo", "dijeron", "decía", "dirá", "dicho", "añadió", "añade", "añaden", "añadieron", "añadía",
        "sostuvo", "sostiene", "sostienen", "advirtió", "advierte", "advierten", "admitió", "admite", "escribió", "escribe",
        "respondió", "responde", "concluyó", "concluye", "insistió", "reconoció", "reconoce", "exigió", "exige",
        "defendió", "defiende", "mostró", "muestra", "prometió", "promete", "cuenta", "contó", "pidió", "pide",
        "sugirió", "sugiere", "mantuvo", "mantiene", "recuerda", "agregó", "explicó",
        "propuso", "propone", "prosiguió", "prosigue", "agradeció", "agradece",
        // Stems that take a diphthong when stressed (`manifestar` → `manifiesta`) and participles the regular endings miss.
        "manifiesta", "manifiestan", "confiesa", "confiesan", "recomienda", "recomendó", "advertido", "advertía", "sostenido",
        "mantenido", "pedido", "sugerido", "defendido", "escrito", "expuesto", "propuesto", "concluido", "referido", "contado",
        "mostrado", "compartió", "comparte",
        // The imperfect and plural of the irregular ones (`decían`, `sostenía`, `pedía`) and `repetir`, which stems miss.
        "decían", "sostenía", "sostenían", "sostuvieron", "advertían", "advirtieron", "pedía", "pidieron", "defendía", "defendían",
        "repitió", "repite", "repetía", "repitieron", "repetido", "exponía", "proponía", "mantenía", "sugería", "concluía",
    ];

    private static IEnumerable<string> Inflect(string stem)
    {
        // Presente, pretérito, imperfecto, futuro, condicional, participio and gerundio, third person.
        foreach (var ending in (string[])["a", "an", "aba", "aban", "ó", "aron", "ará", "arán", "aría", "ado", "ada", "ando"])
            yield return stem + ending;
    }

    private static IEnumerable<string> InflectEr(string stem) => InflectErIr(stem, "er");

    private static IEnumerable<string> InflectIr(string stem) => InflectErIr(stem, "ir");

    private static IEnumerable<string> InflectErIr(string stem, string infinitive)
    {
        foreach (var ending in (string[])["e", "en", "ió", "ieron", "ía", "ían", "ido", "ida", "iendo"])
            yield return stem + ending;
        yield return stem + infinitive + "á";
        yield return stem + infinitive + "ía";
    }

    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "es",
        StopWords = LanguageKnowledge.Set(
            "el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por", "con", "para", "es", "del", "se", "no", "al",
            "lo", "como", "más", "pero", "sus", "su", "le", "ya", "fue", "este", "ha", "sobre", "también", "muy", "hay",
            "entre", "cuando", "desde", "porque", "según", "dijo", "esta", "sin"),
        Verbs = ArStems.SelectMany(Inflect).Concat(ErStems.SelectMany(InflectEr)).Concat(IrStems.SelectMany(InflectIr)).Concat(IrregularForms).Concat(RomancePrefixedVerbs.Forms("es"))
            .ToFrozenSet(StringComparer.Ordinal),
        VerbCompanions = LanguageKnowledge.Set("ha", "han", "había", "habían", "se", "le", "les", "lo", "nos", "me"),
        AccordingTo = LanguageKnowledge.Set("según"),
        AccordingToPhrases = ["de acuerdo con", "a juicio de", "en palabras de"],
        OpeningAccordingTo = LanguageKnowledge.Set("para"),
        NamesTakeArticles = false,
        Conjunctions = LanguageKnowledge.Set("mientras", "pero", "cuando", "aunque", "porque", "sino"),
        Subordinators = LanguageKnowledge.Set("cuando", "aunque", "si", "mientras", "después", "antes", "porque", "tras", "como"),
        Pronouns = LanguageKnowledge.Genders("él", "ella"),
        GenderedDeterminers = LanguageKnowledge.Genders("el", "la"),
        Determiners = LanguageKnowledge.Set("el", "la", "los", "las", "este", "esta", "ese", "esa", "aquel", "aquella", "su"),
        PluralDeterminers = LanguageKnowledge.Set("los", "las"),
        RecipientPrepositions = LanguageKnowledge.Set("a", "al"),
        Possessives = LanguageKnowledge.Set("su", "sus"),
        And = LanguageKnowledge.Set("y", "e"),
        Indefinites = LanguageKnowledge.Set("un", "una", "uno", "unos", "unas", "algunos", "algunas", "varios", "varias", "fuentes"),
        OfPrepositions = LanguageKnowledge.Set("de", "del"),
        Prepositions = LanguageKnowledge.Set("de", "del", "a", "al", "en", "para", "por", "con", "desde", "ante", "sobre", "tras"),
        DropsSubject = true,
        PersonNouns = LanguageKnowledge.Set(
            "funcionario", "funcionaria", "cargo", "comunicador", "comunicadora", "comandante", "panelista", "conductor", "conductora", "animador",
            "animadora", "visitante", "mandatario", "mandataria", "exmandatario", "exmandataria", "expresidente", "expresidenta",
            "exministro", "exministra", "líder", "legislador", "legisladora", "parlamentario", "parlamentaria",
            "empresario", "empresaria", "actor", "actriz", "cantante", "futbolista", "deportista", "delantero", "arquero",
            "técnico", "estratega", "magistrado", "magistrada", "defensor", "defensora", "uniformado", "dignatario", "galeno",
            "especialista", "catedrático", "catedrática", "académico", "académica", "investigadora", "científico", "científica", "oficial",
            "rector", "rectora", "vocero", "vocera", "dirigente", "directivo", "directiva", "gerente", "jurista", "abogado", "abogada",
            "economista", "analista", "docente", "profesor", "profesora", "médico", "médica", "sacerdote", "escritor", "escritora",
            "congresista", "asambleísta", "volante", "mediocampista", "portero", "guardameta", "zaguero", "capitán", "capitana", "goleador", "goleadora"),
    };
}
