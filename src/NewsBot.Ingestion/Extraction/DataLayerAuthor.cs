using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The post's author as WordPress's Google Tag Manager plugin (GTM4WP) writes it into the page's data layer
/// (<c>var dataLayer_content = {"pagePostAuthor":"Name", …}</c>): the CMS's own record of who wrote the post, asked only
/// when the page credits nobody in its markup or text. On WCXB's tune pages that hold one and whose truth names someone,
/// it names that person on 11 of 13 (the other two show another writer, whom the readers before this one find).
/// </summary>
internal static partial class DataLayerAuthor
{
    internal const string Key = "pagePostAuthor";
    private const int ScriptsLookedAt = 60;

    public static string? Find(IDocument document)
    {
        if (document.Head is not { } head)
        {
            return null;
        }

        foreach (var script in head.Children.Where(e => e.LocalName == "script" && !e.HasAttribute(null, "src")).Take(ScriptsLookedAt))
        {
            var text = ScriptText.Of(script);
            if (text.Contains(Key, StringComparison.Ordinal) && PostAuthor().Match(text) is { Success: true } match)
            {
                return BylineCleaner.Clean(Decode(match.Groups["value"].Value));
            }
        }

        return null;
    }

    /// <summary>The value is a JSON string: "Josef Pr\u016f\u0161a" and "O\u2019Brien" read as the names they are.</summary>
    private static string? Decode(string quoted)
    {
        try
        {
            using var value = JsonDocument.Parse(quoted);
            return value.RootElement.GetString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"""pagePostAuthor""\s*:\s*(?<value>""(?:[^""\\\r\n]|\\.){1,120}"")", RegexOptions.CultureInvariant)]
    private static partial Regex PostAuthor();
}
