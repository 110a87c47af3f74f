namespace NewsBot.Core.Topics;

/// <summary>
/// A topic that takes its stories from the outlet catalogue instead of feeds a moderator added: every outlet in
/// <see cref="Country"/> publishing in <see cref="Language"/> (a null filter keeps all), the topic's query deciding
/// what goes in. The topic's <see cref="Topic.Feeds"/> are those outlets' sources, shared with every other topic.
/// </summary>
/// <param name="Country">ISO 3166-1 alpha-2, lower case; null for any country.</param>
/// <param name="Language">ISO 639-1, lower case; null for any language.</param>
public sealed record CatalogSources(string? Country, string? Language)
{
    /// <summary>"country at, language de": how the filter reads in logs and the topic's history.</summary>
    public string Describe() =>
        string.Join(", ", new[] { Country is null ? null : "country " + Country, Language is null ? null : "language " + Language }
            .Where(part => part is not null)) is { Length: > 0 } text ? text : "every outlet";
}
