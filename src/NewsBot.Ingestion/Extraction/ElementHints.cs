using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>What an element's class and id say about it: page furniture, or likely article content.</summary>
internal static class ElementHints
{
    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.Ordinal)
    {
        "share", "sharing", "social", "related", "recommend", "recommended", "comment", "comments", "newsletter",
        "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "promo", "promotion", "advert",
        "advertisement", "ad", "ads", "sponsor", "sponsored", "sidebar", "widget", "popup", "modal", "breadcrumb",
        "breadcrumbs", "tags", "nav", "navbar", "navigation", "menu", "footer", "masthead", "outbrain", "taboola",
        "disqus", "toolbar", "pagination", "pager", "trending", "popular", "banner", "caption", "credit", "credits",
        "skip", "hidden", "print", "rss", "tools", "meta", "byline", "author", "dateline", "timestamp", "more",
        "teaser", "teasers", "follow", "donate", "syndication", "jump", "overlay",
        "nocontent", "slideshow", "notification", "newscaption", "prev", "previous", "nextprev", "prevnext",
    };

    private static readonly string[] BoilerplateFragments =
    [
        "sharebar", "sharing", "newsletter", "taboola", "outbrain", "cookie", "relatedlinks",
        "relatedstories", "relatedarticles", "readmore", "morestories", "comment", "sidebar", "breadcrumb",
        "advert", "subscribe", "signup", "paywall", "promo", "caption",
    ];

    private static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "hentry", "storycontent", "postcontent", "entrycontent", "summary", "lede", "lead",
        // Embedded posts are quoted material the article relies on, whatever network they come from.
        "embed", "embedded",
    };

    public static string Of(IElement element)
    {
        var hint = $"{element.GetAttribute("class")} {element.Id}";
        return hint.Length > ExtractionLimits.MaxHintChars ? hint[..ExtractionLimits.MaxHintChars] : hint;
    }

    public static bool LooksLikeBoilerplate(IElement element)
    {
        var kinds = KindsOf(element);
        return kinds.HasFlag(HintKinds.StrongBoilerplate)
            || (kinds.HasFlag(HintKinds.Boilerplate) && !kinds.HasFlag(HintKinds.Content));
    }

    /// <summary>Names so specific (comment, sidebar, newsletter …) that no layout vocabulary uses them for content.</summary>
    public static bool LooksLikeStrongBoilerplate(IElement element) => KindsOf(element).HasFlag(HintKinds.StrongBoilerplate);

    /// <summary>Positive for content-like names, negative for furniture-like names.</summary>
    public static int Weight(IElement element)
    {
        var kinds = KindsOf(element);
        return (kinds.HasFlag(HintKinds.Boilerplate) ? -25 : 0) + (kinds.HasFlag(HintKinds.Content) ? 25 : 0);
    }

    /// <summary>What the element's names say, read once per element of an indexed page: every pass asks again.</summary>
    private static HintKinds KindsOf(IElement element)
    {
        if (IsBare(element))
        {
            return HintKinds.None;
        }

        if (DomIndex.Of(element) is not { } index || !index.TryPosition(element, out var position))
        {
            return Classify(element);
        }

        var known = (HintKinds)index.HintKinds[position];
        if (known == HintKinds.None)
        {
            known = Classify(element) | HintKinds.Known;
            index.HintKinds[position] = (byte)known;
        }

        return known;
    }

    private static HintKinds Classify(IElement element)
    {
        var kinds = HintKinds.None;
        foreach (var token in Tokens(Of(element)))
        {
            if (IsStrongBoilerplateToken(token))
            {
                kinds |= HintKinds.StrongBoilerplate | HintKinds.Boilerplate;
            }
            else if (BoilerplateWords.Contains(token))
            {
                kinds |= HintKinds.Boilerplate;
            }

            if (IsContentToken(token))
            {
                kinds |= HintKinds.Content;
            }
        }

        return kinds;
    }

    /// <summary>Names so specific that "article-" in front of them does not make them content.</summary>
    private static bool IsStrongBoilerplateToken(string token) =>
        BoilerplateFragments.Any(f => token.Contains(f, StringComparison.Ordinal));

    private static bool IsContentToken(string token) => ContentWords.Contains(token);

    /// <summary>Neither class nor id: most elements, which callers asking every element answer without building a string.</summary>
    public static bool IsBare(IElement element) => string.IsNullOrEmpty(element.GetAttribute("class")) && string.IsNullOrEmpty(element.Id);

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
