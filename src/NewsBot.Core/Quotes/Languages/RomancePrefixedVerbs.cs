namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Verbs of speech built on an irregular root (`sostener`, `exponer`, `intervenir`, `interveio`, `esporre`, `soutenir`):
/// no stem-and-ending rule makes `sostuvo` or `intervino`, so each root's third-person forms are written once and every
/// prefix a newsroom uses with it shares them, instead of listing the verbs one by one.
/// </summary>
internal static class RomancePrefixedVerbs
{
    // (prefixes, the root's third-person forms after a prefix): presente, pretérito, imperfecto, participio, futuro, gerundio.
    private static readonly (string[] Prefixes, string[] Root)[] SpanishRoots =
    [
        (["sos", "man"], ["tiene", "tienen", "tuvo", "tuvieron", "tenía", "tenían", "tenido", "tendrá", "teniendo"]),
        (["ex", "pro", "re"], ["pone", "ponen", "puso", "pusieron", "ponía", "ponían", "puesto", "pondrá", "poniendo"]),
        (["inter", "pre"], ["viene", "vienen", "vino", "vinieron", "venía", "venían", "venido", "vendrá", "viniendo"]),
        (["contra", "pre"], ["dice", "dicen", "dijo", "dijeron", "decía", "decían", "dicho", "dirá", "diciendo"]),
        (["ad"], ["vierte", "vierten", "virtió", "virtieron", "vertía", "vertían", "vertido", "vertirá", "virtiendo"]),
        (["des"], ["miente", "mienten", "mintió", "mintieron", "mentía", "mentían", "mentido", "mentirá", "mintiendo"]),
        (["pro"], ["sigue", "siguen", "siguió", "siguieron", "seguía", "seguían", "seguido", "seguirá", "siguiendo"]),
    ];

    private static readonly (string[] Prefixes, string[] Root)[] PortugueseRoots =
    [
        (["man", "sus"], ["tém", "têm", "teve", "tiveram", "tinha", "tinham", "tido", "terá", "tendo"]),
        (["ex", "pro"], ["põe", "põem", "pôs", "puseram", "punha", "punham", "posto", "porá", "pondo"]),
        (["inter"], ["vém", "vêm", "veio", "vieram", "vinha", "vinham", "vindo", "virá"]),
        (["contra", "pre"], ["diz", "dizem", "disse", "disseram", "dizia", "diziam", "dito", "dirá", "dizendo"]),
    ];

    private static readonly (string[] Prefixes, string[] Root)[] ItalianRoots =
    [
        (["sos", "man"], ["tiene", "tengono", "tenne", "tennero", "teneva", "tenevano", "tenuto", "terrà", "tenendo"]),
        (["es", "pro"], ["pone", "pongono", "pose", "posero", "poneva", "ponevano", "posto", "porrà", "ponendo"]),
        (["inter"], ["viene", "vengono", "venne", "vennero", "veniva", "venivano", "venuto", "verrà", "venendo"]),
        (["contrad", "pre"], ["dice", "dicono", "disse", "dissero", "diceva", "dicevano", "detto", "dirà", "dicendo"]),
        (["am", "pro", "pre"], ["mette", "mettono", "mise", "misero", "metteva", "mettevano", "messo", "metterà", "mettendo"]),
    ];

    private static readonly (string[] Prefixes, string[] Root)[] FrenchRoots =
    [
        (["sou", "main"], ["tient", "tiennent", "tint", "tinrent", "tenait", "tenaient", "tenu", "tiendra"]),
        (["inter", "pré", "con"], ["vient", "viennent", "vint", "vinrent", "venait", "venaient", "venu", "viendra"]),
        (["ad", "pro"], ["met", "mettent", "mit", "mirent", "mettait", "mettaient", "mis", "mettra"]),
        (["pré", "contre"], ["dit", "disent", "dit", "dirent", "disait", "disaient", "dit", "dira"]),
        (["re"], ["prend", "prennent", "prit", "prirent", "prenait", "prenaient", "pris", "prendra"]),
        (["pour"], ["suit", "suivent", "suivit", "suivirent", "suivait", "suivaient", "suivi", "suivra"]),
    ];

    /// <summary>Every prefixed form of the language's irregular speech roots, or none for a language without such a table.</summary>
    public static IEnumerable<string> Forms(string languageCode)
    {
        var roots = languageCode switch
        {
            "es" => SpanishRoots,
            "pt" => PortugueseRoots,
            "it" => ItalianRoots,
            "fr" => FrenchRoots,
            _ => [],
        };
        foreach (var (prefixes, root) in roots)
        {
            foreach (var prefix in prefixes)
            {
                foreach (var form in root)
                    yield return prefix + form;
            }
        }
    }
}
