using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Romance origin nouns no ending rule derives from their place (`madrileño` from `Madrid`, `carioca` from `Rio de
/// Janeiro`), and cities the place lexicon lacks under their own language's name (`Milano`, `Napoli`), masculine forms.
/// </summary>
internal static class RomanceIrregularOrigins
{
    private static readonly FrozenDictionary<string, string> Places = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["es:madrileño"] = "Madrid",
        ["es:barcelonés"] = "Barcelona",
        ["es:porteño"] = "Buenos Aires",
        ["es:bonaerense"] = "Buenos Aires",
        ["es:sevillano"] = "Sevilla",
        ["es:francés"] = "Francia",
        ["es:portugués"] = "Portugal",
        ["it:milanese"] = "Milano",
        ["it:torinese"] = "Torino",
        ["it:genovese"] = "Genova",
        ["it:bolognese"] = "Bologna",
        ["it:napoletano"] = "Napoli",
        ["it:romano"] = "Roma",
        ["it:fiorentino"] = "Firenze",
        ["it:veneziano"] = "Venezia",
        ["it:palermitano"] = "Palermo",
        ["it:francese"] = "Francia",
        ["fr:parisien"] = "Paris",
        ["fr:bordelais"] = "Bordeaux",
        ["fr:toulousain"] = "Toulouse",
        ["fr:niçois"] = "Nice",
        ["fr:québécois"] = "Québec",
        ["fr:français"] = "France",
        ["fr:belge"] = "Belgique",
        ["fr:suisse"] = "Suisse",
        ["pt:carioca"] = "Rio de Janeiro",
        ["pt:paulista"] = "São Paulo",
        ["pt:paulistano"] = "São Paulo",
        ["pt:mineiro"] = "Minas Gerais",
        ["pt:lisboeta"] = "Lisboa",
        ["pt:portuense"] = "Porto",
        ["pt:português"] = "Portugal",
        ["pt:brasileiro"] = "Brasil",
        ["pt:francês"] = "França",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string? PlaceOf(string masculine, string language) => Places.GetValueOrDefault(language + ":" + masculine);
}
