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
    ];

    private static readonly string[] IrregularForms =
    [
        "resumiu", "resume", "repetiu", "repete", "prosseguiu", "prossegue", "admitiu", "ressalvou", "afirmou", "completou",
        "disse", "diz", "dizem", "dizendo", "disseram", "dizia", "dito", "dirá", "escreveu", "escreve", "respondeu", "responde",
        "admitiu", "admite", "concluiu", "conclui", "defendeu", "defende", "sustentou", "reconheceu", "reconhece", "prometeu",
        "promete", "pediu", "pede", "advertiu", "adverte", "referiu", "refere", "sugeriu", "sugere", "esclareceu", "esclarece",
        "contou", "conta", "insistiu", "explicou", "lembrou", "ressaltou", "destacou", "garantiu", "garante",
    ];

    private static IEnumerable<string> Inflect(string stem)
    {
        yield return stem + "a";
        yield return stem + "am";
        yield return stem + "ou";
        yield return stem + "aram";
        yield return stem + "ava";
        yield return stem + "ado";
        yield return stem + "ando";
    }

    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "pt",
        StopWords = LanguageKnowledge.Set(
            "o", "os", "as", "e", "de", "que", "em", "um", "uma", "para", "com", "não", "do", "da", "dos", "das", "no", "na",
            "é", "se", "mais", "foi", "ao", "pelo", "pela", "como", "mas", "também", "ser", "está", "seu", "sua", "ou", "já",
            "quando", "muito", "são", "nos", "nas", "segundo", "disse", "sobre", "isso", "ele", "ela"),
        Verbs = ArStems.SelectMany(Inflect).Concat(IrregularForms).ToFrozenSet(StringComparer.Ordinal),
        VerbCompanions = LanguageKnowledge.Set("tem", "têm", "tinha", "havia", "se", "lhe"),
        AccordingTo = LanguageKnowledge.Set("segundo", "conforme"),
        AccordingToPhrases = ["de acordo com", "na opinião de", "nas palavras de"],
        OpeningAccordingTo = LanguageKnowledge.Set("para"),
        Conjunctions = LanguageKnowledge.Set("enquanto", "mas", "quando", "embora", "porque", "porém"),
        Pronouns = LanguageKnowledge.Genders("ele", "ela"),
        GenderedDeterminers = LanguageKnowledge.Genders("o", "a"),
        Determiners = LanguageKnowledge.Set("o", "a", "os", "as", "este", "esta", "esse", "essa", "aquele", "aquela"),
        Indefinites = LanguageKnowledge.Set("um", "uma", "uns", "umas", "alguns", "algumas", "vários", "várias", "fontes"),
        Prepositions = LanguageKnowledge.Set("de", "do", "da", "dos", "das", "em", "no", "na", "a", "ao", "à", "para", "por", "pelo", "pela", "com"),
        DropsSubject = true,
    };
}
