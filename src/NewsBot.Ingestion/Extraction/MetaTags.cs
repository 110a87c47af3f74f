using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The page's &lt;meta&gt; values keyed by lower-cased name, property, itemprop or http-equiv;
/// the first non-empty value of a key wins, though all are kept (pages repeat author tags, one per person).
/// A property attribute may list several keys.
/// </summary>
internal sealed class MetaTags
{
    private const int MaxValueChars = 2_000;
    private static readonly string[] KeyAttributes = ["name", "property", "itemprop", "http-equiv"];

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in DomWalker.DescendantElementsNamed(document, "meta").Take(1_000))
        {
            var content = meta.GetAttribute(null, "content")?.Trim();
            if (string.IsNullOrEmpty(content) || content.Length > MaxValueChars)
            {
                continue;
            }

            foreach (var attribute in KeyAttributes)
            {
                if (meta.GetAttribute(null, attribute) is { Length: <= ExtractionLimits.MaxHintChars } keys)
                {
                    Add(keys, content);
                }
            }
        }
    }

    /// <summary>Each key of the list read in place: a key string is made only the first time the page names it.</summary>
    private void Add(string keys, string content)
    {
        var lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in keys.AsSpan().Split(' '))
        {
            var key = keys.AsSpan()[range];
            if (key.IsEmpty)
            {
                continue;
            }

            if (lookup.TryGetValue(key, out var values))
            {
                values.Add(content);
            }
            else
            {
                lookup[key] = [content];
            }
        }
    }

    /// <summary>The value of the first of <paramref name="keys"/> the page has.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values))
            {
                return values[0];
            }
        }

        return null;
    }

    /// <summary>Every value of the first of <paramref name="keys"/> the page has.</summary>
    public IReadOnlyList<string> All(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values))
            {
                return values;
            }
        }

        return [];
    }
}
