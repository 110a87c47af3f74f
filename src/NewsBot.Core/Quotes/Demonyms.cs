using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// English nouns for where someone comes from (`the Spaniard`, `the Dubliner`, `the Kerryman`), each with the words an
/// article uses to tie a person to that origin before it falls back on the noun (`Spanish forward Javier Ibarra`, `a native
/// of Dublin`). Sports and features pages name a player once and then call them by these.
/// </summary>
internal static class Demonyms
{
    private static readonly FrozenDictionary<string, string[]> TyingWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Spaniard"] = ["Spaniard", "Spanish", "Spain"],
        ["Frenchman"] = ["Frenchman", "French", "France"],
        ["Frenchwoman"] = ["Frenchwoman", "French", "France"],
        ["Englishman"] = ["Englishman", "English", "England"],
        ["Englishwoman"] = ["Englishwoman", "English", "England"],
        ["Irishman"] = ["Irishman", "Irish", "Ireland"],
        ["Irishwoman"] = ["Irishwoman", "Irish", "Ireland"],
        ["Welshman"] = ["Welshman", "Welsh", "Wales"],
        ["Welshwoman"] = ["Welshwoman", "Welsh", "Wales"],
        ["Scot"] = ["Scot", "Scottish", "Scotland"],
        ["Dutchman"] = ["Dutchman", "Dutch", "Netherlands"],
        ["Dutchwoman"] = ["Dutchwoman", "Dutch", "Netherlands"],
        ["Dane"] = ["Dane", "Danish", "Denmark"],
        ["Swede"] = ["Swede", "Swedish", "Sweden"],
        ["Norwegian"] = ["Norwegian", "Norway"],
        ["Portuguese"] = ["Portuguese", "Portugal"],
        ["Italian"] = ["Italian", "Italy"],
        ["German"] = ["German", "Germany"],
        ["Brazilian"] = ["Brazilian", "Brazil"],
        ["Argentine"] = ["Argentine", "Argentinian", "Argentina"],
        ["Argentinian"] = ["Argentine", "Argentinian", "Argentina"],
        ["Uruguayan"] = ["Uruguayan", "Uruguay"],
        ["Colombian"] = ["Colombian", "Colombia"],
        ["Croat"] = ["Croat", "Croatian", "Croatia"],
        ["Serb"] = ["Serb", "Serbian", "Serbia"],
        ["Belgian"] = ["Belgian", "Belgium"],
        ["Austrian"] = ["Austrian", "Austria"],
        ["Nigerian"] = ["Nigerian", "Nigeria"],
        ["Ghanaian"] = ["Ghanaian", "Ghana"],
        ["Senegalese"] = ["Senegalese", "Senegal"],
        ["Ivorian"] = ["Ivorian", "Ivory"],
        ["Moroccan"] = ["Moroccan", "Morocco"],
        ["Japanese"] = ["Japanese", "Japan"],
        ["Australian"] = ["Australian", "Australia"],
        ["Aussie"] = ["Aussie", "Australian", "Australia"],
        ["Kiwi"] = ["Kiwi", "Zealander", "Zealand"],
        ["American"] = ["American", "America"],
        ["Canadian"] = ["Canadian", "Canada"],
        ["Fijian"] = ["Fijian", "Fiji"],
        ["Samoan"] = ["Samoan", "Samoa"],
        ["Tongan"] = ["Tongan", "Tonga"],
        ["Dubliner"] = ["Dubliner", "Dublin"],
        ["Corkman"] = ["Corkman", "Cork"],
        ["Kerryman"] = ["Kerryman", "Kerry"],
        ["Galwayman"] = ["Galwayman", "Galway"],
        ["Mayoman"] = ["Mayoman", "Mayo"],
        ["Londoner"] = ["Londoner", "London"],
        ["Glaswegian"] = ["Glaswegian", "Glasgow"],
        ["Mancunian"] = ["Mancunian", "Manchester"],
        ["Liverpudlian"] = ["Liverpudlian", "Scouser", "Liverpool"],
        ["Scouser"] = ["Liverpudlian", "Scouser", "Liverpool"],
        ["Geordie"] = ["Geordie", "Newcastle"],
        ["Yorkshireman"] = ["Yorkshireman", "Yorkshire"],
        ["Cornishman"] = ["Cornishman", "Cornish", "Cornwall"],
        ["Aucklander"] = ["Aucklander", "Auckland"],
        ["Texan"] = ["Texan", "Texas"],
        ["Parisian"] = ["Parisian", "Paris"],
        ["Berliner"] = ["Berliner", "Berlin"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words that tie a person to the origin this noun names, or null when it is no origin noun.</summary>
    public static string[]? TyingWordsOf(string noun) => TyingWords.GetValueOrDefault(noun);
}
