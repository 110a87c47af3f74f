using System.Text.RegularExpressions;
using NewsBot.Ingestion.Extraction.Markup;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Extraction.Markup;

/// <summary>
/// Holds <see cref="UnreadAttributes"/>' list of read attributes to the extraction code: a reader that starts asking for an
/// attribute the list leaves out would silently see it missing on every page, and no corpus figure would say why.
/// </summary>
public sealed partial class UnreadAttributesSourceTests
{
    [Fact]
    public void RemoveFrom_EveryAttributeTheExtractionCodeNames_Kept()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "NewsBot.Ingestion", "Extraction");
        var named = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => NamedAttributes().Matches(File.ReadAllText(file)))
            .Select(match => match.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("itemprop", named);
        Assert.Contains("data-author", named);
        var removed = named.Where(name => !Kept(name)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(removed);
    }

    private static bool Kept(string name)
    {
        var markup = $"<p {name}=\"v\">".ToCharArray();
        return new string(markup, 0, UnreadAttributes.RemoveFrom(markup)).Contains(name, StringComparison.Ordinal);
    }

    // Attribute names in GetAttribute/HasAttribute calls, and every data-* or aria-* string the code holds (lists of names).
    [GeneratedRegex("""(?:Get|Has)Attribute\((?:null,\s*)?"(?<name>[A-Za-z:-]+)"|"(?<name>(?:data|aria)-[a-z-]+)"|\[(?<name>[a-z-]+)[~^$*|]?=""")]
    private static partial Regex NamedAttributes();
}
