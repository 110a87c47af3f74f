using NewsBot.Core.Topics;

namespace NewsBot.Persistence.Postgres;

/// <summary>
/// PostgreSQL full-text search for the article store: which text search configuration an article is indexed with (its
/// language's, so "ferries" finds "ferry" in English; <c>simple</c> when the language is unknown or PostgreSQL has none),
/// and the topic query language as a tsquery. Accents are folded on both sides by <c>newsbot_fold</c> (unaccent).
/// </summary>
internal static class PostgresTextSearch
{
    // The snowball configurations every PostgreSQL ships, by ISO 639-1 code.
    private static readonly Dictionary<string, string> Configurations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "arabic",
        ["ca"] = "catalan",
        ["da"] = "danish",
        ["de"] = "german",
        ["el"] = "greek",
        ["en"] = "english",
        ["es"] = "spanish",
        ["eu"] = "basque",
        ["fi"] = "finnish",
        ["fr"] = "french",
        ["ga"] = "irish",
        ["hi"] = "hindi",
        ["hu"] = "hungarian",
        ["hy"] = "armenian",
        ["id"] = "indonesian",
        ["it"] = "italian",
        ["lt"] = "lithuanian",
        ["nb"] = "norwegian",
        ["ne"] = "nepali",
        ["nl"] = "dutch",
        ["nn"] = "norwegian",
        ["no"] = "norwegian",
        ["pt"] = "portuguese",
        ["ro"] = "romanian",
        ["ru"] = "russian",
        ["sr"] = "serbian",
        ["sv"] = "swedish",
        ["ta"] = "tamil",
        ["tr"] = "turkish",
        ["yi"] = "yiddish",
    };

    /// <summary>
    /// The article's configuration as SQL over parameter <c>@config</c>: a configuration this server lacks (older
    /// PostgreSQL versions have fewer) falls back to <c>simple</c>.
    /// </summary>
    public const string ConfigurationSql =
        "coalesce((SELECT c.oid::regconfig FROM pg_ts_config c WHERE c.cfgname = @config LIMIT 1), 'simple'::regconfig)";

    /// <summary>The configuration name for a language tag such as <c>en</c> or <c>pt-BR</c>; <c>simple</c> when none fits.</summary>
    public static string ConfigurationFor(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return "simple";
        var primary = language.Split('-', '_')[0];
        return Configurations.TryGetValue(primary, out var name) ? name : "simple";
    }

    /// <summary>
    /// The query as tsquery text (for <c>to_tsquery</c>): each term quoted, so input uses only the topic language's
    /// operators; null when the text does not parse or requires no word (nothing can match only an exclusion).
    /// </summary>
    public static string? QueryFromText(string text) =>
        // PostgreSQL text cannot hold NUL; as a separator it changes nothing the words mean.
        FtsQuery.Compose(text.Replace('\0', ' '), " & ", " | ", " & !", Term);

    private static string Term(QueryTerm term) =>
        "'" + string.Join(' ', term.Words).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'"
        + (term.IsPrefix ? ":*" : "");
}
