using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Cornelius Freiherr von Steinach`, `Markus Graf von Lindenau`: a German title of nobility stands between the given name and
/// the particle, and is part of the name (since 1919 it is one in law). Without it the name was cut at the title and
/// `Cornelius Freiherr` was given as the speaker.
/// </summary>
internal static class NobleTitle
{
    private static readonly HashSet<string> Titles =
    [
        "Freiherr", "Freifrau", "Freiin", "Graf", "Gräfin", "Baron", "Baronin", "Fürst", "Fürstin", "Prinz", "Prinzessin",
        "Herzog", "Herzogin", "Ritter", "Edler", "Edle", "Markgraf", "Landgraf", "Burggraf",
    ];

    public static bool Is(string word) => Titles.Contains(word);

    /// <summary>Whether <paramref name="words"/>[<paramref name="at"/>] ends a given name, or is a title right after one.</summary>
    public static bool EndsGivenName(IReadOnlyList<Word> words, int at) =>
        at >= 0 && at < words.Count && (EntityKnowledge.IsGivenName(words[at].Text) || (Is(words[at].Text) && at >= 1 && EntityKnowledge.IsGivenName(words[at - 1].Text)));
}
