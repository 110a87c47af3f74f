using System.Text.Json;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Reads the article node of the page's JSON-LD: scripts may hold one object, an array or an @graph,
/// and authors or publishers may be strings, objects, arrays or @id references to other nodes.
/// Malformed scripts are ignored.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = ExtractionLimits.MaxJsonDepth,
    };

    public static JsonLdArticle Read(IDocument document)
    {
        var nodes = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in DomWalker.DescendantElementsNamed(document, "script").Where(IsJsonLd))
            {
                if (Parse(ScriptText.Of(script)) is { } json)
                {
                    documents.Add(json);
                    JsonLdNodes.Collect(json.RootElement, nodes);
                }
            }

            return FromNodes(nodes);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private static bool IsJsonLd(IElement element) =>
        element.LocalName == "script"
        && "application/ld+json".Equals(element.GetAttribute(null, "type")?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static JsonDocument? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > ExtractionLimits.MaxJsonLdChars)
        {
            return null;
        }

        if (trimmed.StartsWith("<![CDATA[", StringComparison.Ordinal) && trimmed.EndsWith("]]>", StringComparison.Ordinal))
        {
            trimmed = trimmed[9..^3];
        }

        return TryParse(trimmed) ?? (JsonLdControlCharacters.Escape(trimmed) is { } escaped ? TryParse(escaped) : null);
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonLdArticle FromNodes(List<JsonElement> nodes)
    {
        var article = nodes.FirstOrDefault(n => JsonLdNodes.HasType(n, IsArticleType));
        var accessible = nodes.Where(n => JsonLdNodes.HasType(n, t => IsArticleType(t) || t == "WebPage"))
            .Select(n => JsonLdNodes.Boolean(n, "isAccessibleForFree"))
            .Where(b => b is not null)
            .OrderBy(b => b)
            .FirstOrDefault();
        var pageDate = nodes.Where(n => JsonLdNodes.HasType(n, t => t == "WebPage")).Select(n => JsonLdNodes.String(n, "datePublished"))
            .FirstOrDefault(d => d is not null);
        var byId = JsonLdReferences.IndexById(nodes);
        var pageAuthors = PageAuthors(nodes, byId);
        var product = nodes.Where(n => JsonLdNodes.HasType(n, t => t is "Product" or "ProductGroup"))
            .Select(n => JsonLdNodes.RawString(n, "description")).FirstOrDefault(d => d is not null);
        if (article.ValueKind != JsonValueKind.Object)
        {
            var thread = MainEntityPosting(nodes);
            return JsonLdArticle.None with
            {
                IsAccessibleForFree = accessible,
                PageDatePublished = pageDate,
                PageAuthors = pageAuthors,
                ProductDescription = product,
                Headline = thread.ValueKind == JsonValueKind.Object ? JsonLdNodes.String(thread, "headline") : null,
                Name = thread.ValueKind == JsonValueKind.Object ? JsonLdNodes.String(thread, "name") : null,
            };
        }

        return new JsonLdArticle
        {
            Headline = JsonLdNodes.String(article, "headline"),
            Name = JsonLdNodes.String(article, "name"),
            Authors = JsonLdReferences.Names(article, "author", byId),
            AuthorsAreOrganisations = JsonLdReferences.AllOrganisations(article, "author", byId),
            DatePublished = JsonLdNodes.String(article, "datePublished") ?? JsonLdNodes.String(article, "dateCreated"),
            DateModified = JsonLdNodes.String(article, "dateModified"),
            PublisherName = JsonLdReferences.Names(article, "publisher", byId) is [var publisher, ..] ? publisher : null,
            Description = JsonLdNodes.String(article, "description"),
            Image = JsonLdReferences.Url(article, "image", byId),
            Language = JsonLdNodes.String(article, "inLanguage"),
            WordCount = JsonLdNodes.Integer(article, "wordCount"),
            ArticleBody = nodes.Where(n => JsonLdNodes.HasType(n, IsArticleType)).Select(n => JsonLdNodes.RawString(n, "articleBody"))
                .FirstOrDefault(b => b is not null),
            IsAccessibleForFree = accessible,
            PageDatePublished = pageDate,
            PageAuthors = pageAuthors,
            ProductDescription = product,
        };
    }

    /// <summary>
    /// The people a web page node credits (newsletter platforms type their posts <c>WebPage</c>): an organisation there
    /// is the site's own credit, which the meta tags already give.
    /// </summary>
    private static IReadOnlyList<string> PageAuthors(List<JsonElement> nodes, Dictionary<string, JsonElement> byId)
    {
        var page = nodes.FirstOrDefault(n => JsonLdNodes.HasType(n, t => t == "WebPage") && n.TryGetProperty("author", out _));
        return page.ValueKind == JsonValueKind.Object && !JsonLdReferences.AllOrganisations(page, "author", byId)
            ? JsonLdReferences.Names(page, "author", byId)
            : [];
    }

    /// <summary>
    /// The forum post a web page node holds as its main entity: forum software (XenForo) declares a thread's first post as
    /// the <c>mainEntity</c> of a <c>WebPage</c>. Only its title is read: the thread's text is all its posts, its starter
    /// is read from the posts, and its time is written in UTC where the page shows its readers' day (measured on tune:
    /// the time lost a day, an article's main entity lost its author).
    /// </summary>
    private static JsonElement MainEntityPosting(List<JsonElement> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("mainEntity", out var main))
            {
                var entities = main.ValueKind == JsonValueKind.Array ? main.EnumerateArray().ToList() : [main];
                if (entities.FirstOrDefault(e => JsonLdNodes.HasType(e, t => t is "DiscussionForumPosting" or "SocialMediaPosting")) is { ValueKind: JsonValueKind.Object } found)
                {
                    return found;
                }
            }
        }

        return default;
    }

    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal)
        || type.EndsWith("Posting", StringComparison.Ordinal)
        || type is "Report" or "Review";
}
