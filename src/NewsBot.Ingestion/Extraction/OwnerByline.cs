using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The owner of a personal site, who writes its posts: a home link or a copyright line that reads as a person's name
/// ("Christoffer Artmann" linking to "/", "© 2025 Toby Hede"). Asked only when the page credits nobody else. A name holding a
/// word sites and businesses are called by ("Jan's Blog", "Todd Thomas Home", "Meta Platforms") is the site, not its owner.
/// </summary>
internal static partial class OwnerByline
{
    private const int LinksLookedAt = 20;
    private const int MaxNameChars = 60;

    /// <summary>Words that name a site, a shop or a business where a lexicon may take the rest for a person's name.</summary>
    private static readonly HashSet<string> SiteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Blog", "Home", "Homes", "Platforms", "Garden", "Gardens", "Designs", "Studio", "Studios", "Shop", "Store", "Press", "Media",
        "Labs", "Group", "Team", "Dentistry", "Law", "Realty", "Clinic", "Kitchen", "Photography", "Consulting",
    };

    public static string? Find(IDocument document, Uri? pageUri)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var home = DomWalker.DescendantElementsNamed(body, "a").Take(LinksLookedAt)
            .Where(a => IsHome(a.GetAttribute(null, "href"), pageUri))
            .Select(a => DomText.Of(a, MaxNameChars + 1).Trim())
            .FirstOrDefault(t => t.Length <= MaxNameChars && IsOwner(t));
        return home ?? Copyright(body);
    }

    private static bool IsOwner(string name) =>
        !name.Contains("'s ", StringComparison.Ordinal) && !name.Contains("\u2019s ", StringComparison.Ordinal)
        && !name.Split(' ').Any(SiteWords.Contains) && PersonNameShape.IsPerson(name);

    private static string? Copyright(IElement body)
    {
        var footer = DomWalker.DescendantElementsNamed(body, "footer").LastOrDefault() ?? body;
        var match = CopyrightLine().Match(DomText.Of(footer, 2_000));
        return match.Success && match.Groups["name"].Value.Trim() is { Length: > 0 } name && IsOwner(name) ? name : null;
    }

    private static bool IsHome(string? href, Uri? pageUri) =>
        href is "/" || (pageUri is not null && Uri.TryCreate(href, UriKind.Absolute, out var target)
            && target.Host.Equals(pageUri.Host, StringComparison.OrdinalIgnoreCase) && target.AbsolutePath == "/");

    [GeneratedRegex(@"(?:©|&copy;|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?<name>[\p{L}][\p{L} .'-]{2,58}?)\s*(?:[.,|·•]|All rights|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();
}
