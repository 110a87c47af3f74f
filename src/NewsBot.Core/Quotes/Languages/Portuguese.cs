using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>Portuguese: `“…”, disse Costa.`, `afirmou.` (subject dropped), `segundo X`, `de acordo com X`, `ele`/`ela`.</summary>
internal static class Portuguese
{
    /// <summary>-ar verbs: `afirma`, `afirmam`, `afirmou`, `afirmaram`, `afirmava`, `afirmado`.</summary>
    private static readonly string[] ArStems =
    [
        "dispar", "emend", "avis", "reclam", "opin", "ponder", "recomend", "desabaf", "esclarec",
        "afirm", "declar", "explic", "acrescent", "ressalt", "destac", "salient", "sublinh", "apont", "lembr",
        "avali", "comment", "coment", "garant", "indic", "pontu", "reforç", "observ", "anunci", "alert", "critic", "question",
        "relat", "assegur", "confirm", "pergunt", "desabaf", "brinc", "enfatiz", "complet",
        "detalh", "reiter", "insist", "lament", "defend", "manifest", "fris", "argument", "contest", "denunci",
        "fal", "cont", "comemor", "ironiz", "justific", "tranquiliz", "cobr", "explan", "discurs", "cit",
        "exemplific", "conclam", "celebr", "repudi",
        "inform", "sustent", "ressalv", "adiant", "revel", "assinal", "sinaliz", "record", "mencion", "narr", "enumer",
        "consider", "realç", "vinc", "constat", "acus", "protest", "remat", "atir", "elogi", "neg", "replic", "retruc", "ameaç",
        "clarific", "analis", "exclam", "confess", "confidenci", "suspir", "grit", "apel", "acentu", "atalh", "sentenci", "aconselh",
    ];

    /// <summary>-er verbs: `responde`, `respondem`, `respondeu`, `responderam`, `respondia`, `respondido`, `responderá`.</summary>
    private static readonly string[] ErStems = ["respond", "escrev", "defend", "reconhec", "promet", "esclarec", "rebat"];

    /// <summary>-ir verbs: `admite`, `admitem`, `admitiu`, `admitiram`, `admitia`, `admitido`, `admitirá`.</summary>
    private static readonly string[] IrStems = ["admit", "insist", "prossegu", "ped", "suger", "advert", "refer", "repet", "resum", "discut", "reag", "assum", "exig", "conclu", "desment"];

    private static readonly string[] IrregularForms =
    [
        "resumiu", "resume", "queixou-se", "queixa-se", "repetiu", "repete", "prosseguiu", "prossegue", "admitiu", "ressalvou", "afirmou", "completou",
        "disse", "diz", "dizem", "dizendo", "disseram", "dizia", "dito", "dirá", "escreveu", "escreve", "respondeu", "responde",
        "admitiu", "admite", "concluiu", "conclui", "defendeu", "defende", "sustentou", "reconheceu", "reconhece", "prometeu",
        "promete", "pediu", "pede", "advertiu", "adverte", "referiu", "refere", "sugeriu", "sugere", "esclareceu", "esclarece",
        "contou", "conta", "insistiu", "explicou", "lembrou", "ressaltou", "destacou", "garantiu", "garante",
    ];

    private static IEnumerable<string> Inflect(string stem)
    {
        // Presente, pretérito perfeito, mais-que-perfeito (`afirmara`), imperfeito, futuro, condicional, particípio and gerúndio, third person.
        foreach (var ending in (string[])["a", "am", "ou", "aram", "ara", "ava", "avam", "ará", "arão", "aria", "ado", "ada", "ando"])
            yield return stem + ending;
    }

    private static IEnumerable<string> InflectEr(string stem)
    {
        foreach (var ending in (string[])["e", "em", "eu", "eram", "era", "ia", "iam", "erá", "eria", "ido", "endo"])
            yield return stem + ending;
    }

    private static IEnumerable<string> InflectIr(string stem)
    {
        foreach (var ending in (string[])["e", "em", "iu", "iram", "ira", "ia", "iam", "irá", "iria", "ido", "indo"])
            yield return stem + ending;
    }

    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "pt",
        StopWords = LanguageKnowledge.Set(
            "o", "os", "as", "e", "de", "que", "em", "um", "uma", "para", "com", "não", "do", "da", "dos", "das", "no", "na",
            "é", "se", "mais", "foi", "ao", "pelo", "pela", "como", "mas", "também", "ser", "está", "seu", "sua", "ou", "já",
            "quando", "muito", "são", "nos", "nas", "segundo", "disse", "sobre", "isso", "ele", "ela"),
        Verbs = ArStems.SelectMany(Inflect).Concat(ErStems.SelectMany(InflectEr)).Concat(IrStems.SelectMany(InflectIr)).Concat(IrregularForms).Concat(RomancePrefixedVerbs.Forms("pt"))
            .ToFrozenSet(StringComparer.Ordinal),
        VerbCompanions = LanguageKnowledge.Set("tem", "têm", "tinha", "tinham", "havia", "se", "lhe", "teria"),
        AccordingTo = LanguageKnowledge.Set("segundo", "conforme"),
        AccordingToPhrases = ["de acordo com", "na opinião de", "nas palavras de"],
        OpeningAccordingTo = LanguageKnowledge.Set("para"),
        Conjunctions = LanguageKnowledge.Set("enquanto", "mas", "quando", "embora", "porque", "porém"),
        Subordinators = LanguageKnowledge.Set("quando", "enquanto", "se", "embora", "depois", "antes", "porque", "como", "após"),
        Pronouns = LanguageKnowledge.Genders("ele", "ela"),
        GenderedDeterminers = LanguageKnowledge.Genders("o", "a"),
        Determiners = LanguageKnowledge.Set("o", "a", "os", "as", "este", "esta", "esse", "essa", "aquele", "aquela"),
        PluralDeterminers = LanguageKnowledge.Set("os", "as"),
        RecipientPrepositions = LanguageKnowledge.Set("ao", "à", "aos", "às"),
        Possessives = LanguageKnowledge.Set("seu", "sua", "seus", "suas"),
        And = LanguageKnowledge.Set("e"),
        // `Fonte do Ministério disse`: the Portuguese wire writes its unnamed source in the singular without an article.
        Indefinites = LanguageKnowledge.Set("um", "uma", "uns", "umas", "alguns", "algumas", "vários", "várias", "fontes", "fonte"),
        OfPrepositions = LanguageKnowledge.Set("de", "do", "da", "dos", "das"),
        Prepositions = LanguageKnowledge.Set("de", "do", "da", "dos", "das", "em", "no", "na", "a", "ao", "à", "para", "por", "pelo", "pela", "com"),
        DropsSubject = true,
        PersonNouns = LanguageKnowledge.Set(
            "funcionário", "funcionária", "apresentador", "apresentadora", "comandante", "comentarista", "mandatário", "mandatária",
            "ex-presidente", "ex-ministro", "ex-ministra", "líder", "parlamentar", "empresário", "empresária",
            "ator", "atriz", "cantor", "cantora", "atleta", "atacante", "zagueiro", "goleiro", "meia", "lateral", "volante",
            "magistrado", "magistrada", "defensor", "defensora", "cientista", "relator", "relatora", "governante"),
    };
}
