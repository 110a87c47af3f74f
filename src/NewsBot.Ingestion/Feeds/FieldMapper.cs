using System.Xml.Linq;
using NewsBot.Ingestion.Feeds.Dates;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Maps one child element of a channel or item onto <see cref="FeedFields"/>, across RSS, RDF, Atom 0.3/1.0, CDF,
/// Dublin Core, content:, iTunes and Media RSS. Unknown elements are ignored.
/// </summary>
internal static class FieldMapper
{
    /// <param name="baseUri">The base URI outside the fragment <paramref name="element"/> belongs to.</param>
    public static void Apply(XElement element, Uri? baseUri, FeedFields fields, FeedDialect dialect)
    {
        var ns = dialect.Classify(element.Name.NamespaceName);
        var name = element.Name.LocalName.ToLowerInvariant();
        switch (ns, name)
        {
            case (FeedNamespace.Media, "title"):
                fields.Title ??= TextConstruct.Read(element, baseUri);
                return;
            case (FeedNamespace.Other or FeedNamespace.Media or FeedNamespace.Xhtml, _) when name != "category" && name != "body":
                return;
            case (FeedNamespace.ITunes, _):
                ApplyITunes(element, name, fields);
                return;
            case (_, "title"):
                fields.Title = TextConstruct.Read(element, baseUri);
                return;
            case (FeedNamespace.Atom or FeedNamespace.Atom03, "link"):
                ApplyAtomLink(element, baseUri, fields);
                return;
            case (_, "link"):
                var href = (string?)element.Attribute("href") ?? element.Value;
                fields.Link ??= FeedUris.Resolve(FeedUris.BaseOf(element, baseUri), href);
                return;
            case (FeedNamespace.Rss, "description" or "summary") when fields.HasRssSummary && fields.Content is null:
                // An RSS item with both a description and a summary: the second one is the fuller text.
                fields.Content = TextConstruct.Read(element, baseUri);
                return;
            case (FeedNamespace.Rss or FeedNamespace.DublinCore, "description"):
            case (FeedNamespace.Rss, "summary"):
            case (FeedNamespace.Atom or FeedNamespace.Atom03, "summary" or "subtitle" or "tagline" or "info"):
            case (FeedNamespace.Rss, "abstract" or "tagline" or "subtitle"):
                if (name != "info" || fields.Summary is null)
                    fields.Summary = TextConstruct.Read(element, baseUri);
                fields.HasRssSummary |= ns == FeedNamespace.Rss;
                return;
            case (FeedNamespace.Content, "encoded"):
            case (FeedNamespace.Atom or FeedNamespace.Atom03, "content"):
            case (FeedNamespace.Xhtml or FeedNamespace.Rss, "body" or "fullitem"):
                fields.Content = TextConstruct.Read(element, baseUri);
                return;
            case (FeedNamespace.Rss, "guid"):
                ApplyGuid(element, fields);
                return;
            case (FeedNamespace.Atom or FeedNamespace.Atom03, "id"):
                fields.Id = Nonempty(element.Value);
                return;
            case (FeedNamespace.Atom or FeedNamespace.Atom03, "author"):
                fields.Author = PersonName(element);
                return;
            case (FeedNamespace.Rss, "author"):
            case (FeedNamespace.DublinCore, "creator" or "author"):
                fields.Author = Nonempty(element.Value);
                return;
            case (FeedNamespace.Rss, "managingeditor"):
                fields.Author ??= Nonempty(element.Value);
                return;
            case (_, "category"):
                AddCategory(fields, (string?)element.Attribute("term") ?? element.Value);
                return;
            case (FeedNamespace.DublinCore, "subject"):
                AddCategory(fields, element.Value);
                return;
            case (FeedNamespace.Rss or FeedNamespace.Atom03 or FeedNamespace.Atom, "copyright" or "rights"):
            case (FeedNamespace.DublinCore or FeedNamespace.DublinCoreTerms, "rights"):
                fields.Rights = TextConstruct.Read(element, baseUri);
                return;
            case (FeedNamespace.Admin, "generatoragent"):
                fields.Generator ??= Nonempty(element.Attribute(XName.Get("resource", FeedNamespaces.Rdf))?.Value);
                return;
            case (_, "generator"):
                fields.Generator = Nonempty(element.Value) ?? Nonempty((string?)element.Attribute("uri"));
                return;
            case (FeedNamespace.Rss or FeedNamespace.DublinCore, "language"):
                fields.Language = Language(element.Value);
                return;
            case (FeedNamespace.Rss, "pubdate"):
            case (FeedNamespace.DublinCoreTerms, "issued" or "created"):
            case (FeedNamespace.Atom or FeedNamespace.Atom03, "issued" or "published" or "created"):
                fields.Published = Date(element, fields) ?? fields.Published;
                return;
            case (FeedNamespace.Rss, "lastbuilddate"):
            case (FeedNamespace.DublinCore, "date"):
            case (FeedNamespace.DublinCoreTerms, "modified"):
            case (FeedNamespace.Atom or FeedNamespace.Atom03, "modified" or "updated"):
                fields.Updated = Date(element, fields) ?? fields.Updated;
                return;
        }
    }

    private static void ApplyITunes(XElement element, string name, FeedFields fields)
    {
        switch (name)
        {
            case "author":
                fields.Author ??= Nonempty(element.Value);
                break;
            case "subtitle" or "summary":
                fields.Summary ??= Nonempty(element.Value);
                break;
            case "category":
                AddCategory(fields, (string?)element.Attribute("text"));
                break;
            case "keywords":
                foreach (var keyword in element.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    AddCategory(fields, keyword);
                break;
        }
    }

    private static void ApplyAtomLink(XElement element, Uri? baseUri, FeedFields fields)
    {
        var rel = ((string?)element.Attribute("rel"))?.Trim() ?? "alternate";
        if (rel != "alternate" || fields.Link is not null)
            return;
        fields.Link = FeedUris.Resolve(FeedUris.BaseOf(element, baseUri), (string?)element.Attribute("href") ?? element.Value);
    }

    private static void ApplyGuid(XElement element, FeedFields fields)
    {
        fields.Id = Nonempty(element.Value);
        var permalink = !string.Equals(((string?)element.Attribute("isPermaLink"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        if (permalink && fields.Id is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            fields.PermalinkGuid = id;
    }

    private static string? PersonName(XElement person)
    {
        var name = Nonempty(Child(person, "name"));
        var email = Nonempty(Child(person, "email"));
        return (name, email) switch
        {
            ({ } n, { } e) => $"{n} ({e})",
            ({ } n, null) => n,
            (null, { } e) => e,
            _ => Nonempty(person.Value),
        };
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static DateTimeOffset? Date(XElement element, FeedFields fields)
    {
        var parsed = FeedDateParser.Parse(element.Value);
        if (parsed is null && !string.IsNullOrWhiteSpace(element.Value))
            fields.Warnings.Add($"Unreadable date '{Shorten(element.Value.Trim())}' in <{element.Name.LocalName}> ignored.");
        return parsed;
    }

    private static void AddCategory(FeedFields fields, string? category)
    {
        if (Nonempty(category) is { } value)
            fields.Categories.Add(value);
    }

    /// <summary>A language tag in BCP 47 form ("en_US" becomes "en-US").</summary>
    public static string? Language(string? value) => Nonempty(value)?.Replace('_', '-');

    private static string? Nonempty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
