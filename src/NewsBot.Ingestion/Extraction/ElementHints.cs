using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>What an element's class and id say about it: page furniture, or likely article content.</summary>
internal static class ElementHints
{
    private static readonly string[] BoilerplateWords =
    [
        "share", "sharing", "social", "related", "recommend", "recommended", "comment", "comments", "newsletter",
        "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "promo", "promotion", "advert",
        "advertisement", "ad", "ads", "sponsor", "sponsored", "sidebar", "widget", "popup", "modal", "breadcrumb",
        "breadcrumbs", "tags", "nav", "navbar", "navigation", "menu", "footer", "masthead", "outbrain", "taboola",
        "disqus", "toolbar", "pagination", "pager", "trending", "popular", "banner", "caption", "credit", "credits",
        "skip", "hidden", "print", "rss", "tools", "meta", "byline", "author", "dateline", "timestamp", "more",
        "teaser", "teasers", "follow", "donate", "syndication", "jump", "overlay",
        "nocontent", "slideshow", "notification", "newscaption", "prev", "previous", "nextprev", "prevnext",
    ];

    private static readonly string[] BoilerplateFragments =
    [
        "sharebar", "sharing", "newsletter", "taboola", "outbrain", "cookie", "relatedlinks",
        "relatedstories", "relatedarticles", "readmore", "morestories", "comment", "sidebar", "breadcrumb",
        "advert", "subscribe", "signup", "paywall", "promo", "caption",
    ];

    private static readonly string[] ContentWords =
    [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "hentry", "storycontent", "postcontent", "entrycontent", "summary", "lede", "lead",
        // Embedded posts are quoted material the article relies on, whatever network they come from.
        "embed", "embedded",
    ];

    public static string Of(IElement element)
    {
        var hint = $"{element.GetAttribute("class")} {element.Id}";
        return hint.Length > ExtractionLimits.MaxHintChars ? hint[..ExtractionLimits.MaxHintChars] : hint;
    }

    public static bool LooksLikeBoilerplate(IElement element)
    {
        var tokens = Tokens(element);
        return tokens.Any(IsStrongBoilerplateToken)
            || (tokens.Any(IsBoilerplateToken) && !tokens.Any(IsContentToken));
    }

    /// <summary>Names so specific (comment, sidebar, newsletter …) that no layout vocabulary uses them for content.</summary>
    public static bool LooksLikeStrongBoilerplate(IElement element) => Tokens(element).Any(IsStrongBoilerplateToken);

    /// <summary>Positive for content-like names, negative for furniture-like names.</summary>
    public static int Weight(IElement element)
    {
        var tokens = Tokens(element);
        var weight = 0;
        if (tokens.Any(IsBoilerplateToken))
        {
            weight -= 25;
        }

        if (tokens.Any(IsContentToken))
        {
            weight += 25;
        }

        return weight;
    }

    private static bool IsBoilerplateToken(string token) => BoilerplateWords.Contains(token) || IsStrongBoilerplateToken(token);

    /// <summary>Names so specific that "article-" in front of them does not make them content.</summary>
    private static bool IsStrongBoilerplateToken(string token) =>
        BoilerplateFragments.Any(f => token.Contains(f, StringComparison.Ordinal));

    private static bool IsContentToken(string token) => ContentWords.Contains(token);

    /// <summary>Neither class nor id: most elements, which callers asking every element answer without building a string.</summary>
    public static bool IsBare(IElement element) => string.IsNullOrEmpty(element.GetAttribute("class")) && string.IsNullOrEmpty(element.Id);

    private static List<string> Tokens(IElement element) => IsBare(element) ? [] : Tokens(Of(element));

    /// <summary>Splits "article-share_bar ShareTools" into lower-case words, keeping the joined form too.</summary>
    private static List<string> Tokens(string hint)
    {
        var tokens = new List<string>();
        foreach (var word in hint.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            tokens.Add(lower.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal));
            tokens.AddRange(lower.Split(['-', '_', ':', '.'], StringSplitOptions.RemoveEmptyEntries));
        }

        return tokens;
    }
}
