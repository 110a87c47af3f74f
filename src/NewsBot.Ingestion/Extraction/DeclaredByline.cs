using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The first credited person, in order of trust: JSON-LD, meta tags (a paper's citation tags list every author where
/// Dublin Core often names the first), Yoast's label, the page's author markup. A credit
/// that is the site itself (typed an organisation, or named like the site) gives way to a later one that reads as a person,
/// or that the page marks as its author whatever its shape (a web page node's person, rel=author, itemprop=author: a
/// member's handle "MixmasterFred" under a brand credited in the tags).
/// </summary>
internal static class DeclaredByline
{
    public static string? Read(IDocument document, JsonLdArticle ld, MetaTags meta, SiteIdentity site)
    {
        string? fallback = null;
        foreach (var (credited, typedOrganisation, markedAsAuthor) in Candidates(document, ld, meta))
        {
            if (credited is null)
            {
                continue;
            }

            var candidate = fallback is null ? credited : site.WithoutTrailingName(credited);
            var own = typedOrganisation || site.Names(candidate);
            if (fallback is null ? !own : !own && (markedAsAuthor || PersonNameShape.IsPerson(candidate)))
            {
                return candidate;
            }

            fallback ??= candidate;
        }

        return fallback;
    }

    private static IEnumerable<(string? Name, bool TypedOrganisation, bool MarkedAsAuthor)> Candidates(IDocument document, JsonLdArticle ld, MetaTags meta)
    {
        yield return (People(ld.Authors), ld.AuthorsAreOrganisations, false);
        yield return (People(meta.All("citation_author", "citation_authors", "dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "cxenseparse:author")), false, false);
        yield return (People(ld.PageAuthors), false, true);
        yield return (People(WrittenByLabel(meta)), false, false);
        yield return (BylineFinder.FindMarked(document), false, true);
        yield return (BylineFinder.Find(document), false, false);
        yield return (AuthorPageLink.Find(document), false, true);
    }

    /// <summary>Yoast's reading-time labels: twitter:label1 "Written by" with the name in twitter:data1.</summary>
    private static IEnumerable<string> WrittenByLabel(MetaTags meta) =>
        "Written by".Equals(meta.First("twitter:label1")?.Trim(), StringComparison.OrdinalIgnoreCase) && meta.First("twitter:data1") is { } name
            ? [name]
            : [];

    /// <summary>
    /// The cleaned names joined by ", ", or by "; " when a name is written "Family, Given" (so the list still splits into people).
    /// </summary>
    private static string? People(IEnumerable<string> names)
    {
        var people = names.Select(BylineCleaner.Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList();
        return people.Count == 0 ? null : string.Join(people.Any(p => p.Contains(',', StringComparison.Ordinal)) ? "; " : ", ", people);
    }
}
