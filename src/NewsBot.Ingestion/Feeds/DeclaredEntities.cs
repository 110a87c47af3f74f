using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Plain-text entities declared in a feed's internal DTD subset (&lt;!ENTITY id "tag:example.com,"&gt;), which real feeds use.
/// Only literal values are kept: a value that refers to another entity, a parameter entity or an external resource is
/// ignored, so nothing nests (no billion laughs) and nothing is fetched. Total expansion is capped as well.
/// </summary>
internal sealed partial class DeclaredEntities
{
    private const int MaxValueLength = 1024;
    private const int MaxExpandedCharacters = 1024 * 1024;

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private int expanded;

    public void ReadDeclarations(ReadOnlySpan<char> doctype)
    {
        foreach (var match in EntityDeclaration().EnumerateMatches(doctype))
        {
            var declaration = EntityDeclaration().Match(doctype.Slice(match.Index, match.Length).ToString());
            var value = declaration.Groups["value"].Value;
            if (value.Length <= MaxValueLength && value.AsSpan().IndexOfAny('&', '%', '<') < 0)
                values.TryAdd(declaration.Groups["name"].Value, value);
        }
    }

    /// <summary>The value of a declared entity, or null when it is unknown or the expansion budget is spent.</summary>
    public string? Expand(ReadOnlySpan<char> name)
    {
        if (values.Count == 0 || !values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var value))
            return null;
        expanded += value.Length;
        return expanded <= MaxExpandedCharacters ? value : null;
    }

    [GeneratedRegex("""<!ENTITY\s+(?<name>[A-Za-z_][\w.\-]*)\s+(?<quote>["'])(?<value>[^"']*)\k<quote>\s*>""")]
    private static partial Regex EntityDeclaration();
}
