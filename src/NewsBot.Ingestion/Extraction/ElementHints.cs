using System.Buffers;
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
        "skip", "print", "rss", "tools", "meta", "byline", "author", "dateline", "timestamp", "more",
        "teaser", "teasers", "follow", "donate", "syndication", "jump", "overlay",
        "nocontent", "slideshow", "notification", "newscaption", "prev", "previous", "nextprev", "prevnext",
    };

    private static readonly SearchValues<string> BoilerplateFragments = SearchValues.Create(
    [
        "sharebar", "sharing", "newsletter", "taboola", "outbrain", "cookie", "relatedlinks",
        "relatedstories", "relatedarticles", "readmore", "morestories", "comment", "sidebar", "breadcrumb",
        "advert", "subscribe", "signup", "paywall", "promo", "caption",
    ], StringComparison.Ordinal);

    private static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "hentry", "storycontent", "postcontent", "entrycontent", "summary", "lede", "lead",
        // Embedded posts are quoted material the article relies on, whatever network they come from.
        "embed", "embedded",
    };

    private static readonly HashSet<string> DisclosureWords = new(StringComparer.Ordinal)
    {
        "accordion", "collapse", "collapsible", "expandable", "tabpanel",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DisclosureNames = DisclosureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateNames = BoilerplateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentNames = ContentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Of(IElement element)
    {
        var hint = $"{element.GetAttribute(null, "class")} {element.Id}";
        return hint.Length > ExtractionLimits.MaxHintChars ? hint[..ExtractionLimits.MaxHintChars] : hint;
    }

    public static bool LooksLikeBoilerplate(IElement element)
    {
        var kinds = KindsOf(element);
        return kinds.HasFlag(HintKinds.StrongBoilerplate) || (NamesFurniture(kinds) && !kinds.HasFlag(HintKinds.Content));
    }

    /// <summary>Names so specific (comment, sidebar, newsletter …) that no layout vocabulary uses them for content.</summary>
    public static bool LooksLikeStrongBoilerplate(IElement element) => KindsOf(element).HasFlag(HintKinds.StrongBoilerplate);

    /// <summary>
    /// A class or id word names the article body (article-body, entry_content). Asked of whole subtrees that no other pass
    /// may read, so an element not classified yet is only looked up, not classified.
    /// </summary>
    public static bool NamesArticleBody(IElement element)
    {
        if (IsBare(element))
        {
            return false;
        }

        return DomIndex.Of(element) is { } index && index.TryPosition(element, out var position) && index.HintKinds[position] != 0
            ? ((HintKinds)index.HintKinds[position]).HasFlag(HintKinds.ArticleBody)
            : NamesBodyWord(HintSpan.Write(element, stackalloc char[ExtractionLimits.MaxHintChars]));
    }

    /// <summary>The article-body test of <see cref="Classify"/> alone: a word, lower case, without hyphens and underscores.</summary>
    private static bool NamesBodyWord(ReadOnlySpan<char> hint)
    {
        Span<char> lower = stackalloc char[hint.Length];
        Span<char> joined = stackalloc char[hint.Length];
        foreach (var range in hint.Split(' '))
        {
            var word = lower[..hint[range].ToLowerInvariant(lower)];
            var length = 0;
            foreach (var c in word)
            {
                if (c is not ('-' or '_'))
                {
                    joined[length++] = c;
                }
            }

            if (ArticleBodyMarker.IsBodyName(joined[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Positive for content-like names, negative for furniture-like names.</summary>
    public static int Weight(IElement element)
    {
        var kinds = KindsOf(element);
        return (NamesFurniture(kinds) ? -25 : 0) + (kinds.HasFlag(HintKinds.Content) ? 25 : 0);
    }

    /// <summary>"hidden" names furniture, except on a collapsed accordion panel ("kt-accordion-panel-hidden").</summary>
    private static bool NamesFurniture(HintKinds kinds) =>
        kinds.HasFlag(HintKinds.Boilerplate) || (kinds.HasFlag(HintKinds.HiddenName) && !kinds.HasFlag(HintKinds.Disclosure));

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

    /// <summary>
    /// Reads "article-share_bar ShareTools" word by word in lower case, each word joined ("articlesharebar") and in its
    /// parts ("article", "share", "bar"), without building a string: asked once of every named element of every page.
    /// </summary>
    private static HintKinds Classify(IElement element)
    {
        var hint = HintSpan.Write(element, stackalloc char[ExtractionLimits.MaxHintChars]);
        Span<char> lower = stackalloc char[hint.Length];
        Span<char> joined = stackalloc char[hint.Length];
        var kinds = HintKinds.None;
        foreach (var range in hint.Split(' '))
        {
            var word = lower[..hint[range].ToLowerInvariant(lower)];
            if (word.IsEmpty)
            {
                continue;
            }

            var length = 0;
            foreach (var c in word)
            {
                if (c is not ('-' or '_'))
                {
                    joined[length++] = c;
                }
            }

            kinds |= KindsOfToken(joined[..length]) | KindsOfParts(word)
                | (ArticleBodyMarker.IsBodyName(joined[..length]) ? HintKinds.ArticleBody : HintKinds.None);
        }

        return kinds;
    }

    private static HintKinds KindsOfParts(ReadOnlySpan<char> word)
    {
        var kinds = HintKinds.None;
        foreach (var range in word.SplitAny("-_:."))
        {
            if (!word[range].IsEmpty)
            {
                kinds |= KindsOfToken(word[range]);
            }
        }

        return kinds;
    }

    private static HintKinds KindsOfToken(ReadOnlySpan<char> token)
    {
        var kinds = HintKinds.None;
        if (IsStrongBoilerplateToken(token))
        {
            kinds |= HintKinds.StrongBoilerplate | HintKinds.Boilerplate;
        }
        else if (BoilerplateNames.Contains(token))
        {
            kinds |= HintKinds.Boilerplate;
        }
        else if (token.SequenceEqual("hidden"))
        {
            kinds |= HintKinds.HiddenName;
        }
        else if (DisclosureNames.Contains(token))
        {
            kinds |= HintKinds.Disclosure;
        }

        return ContentNames.Contains(token) ? kinds | HintKinds.Content : kinds;
    }

    /// <summary>Names so specific that "article-" in front of them does not make them content.</summary>
    private static bool IsStrongBoilerplateToken(ReadOnlySpan<char> token) => token.ContainsAny(BoilerplateFragments);

    /// <summary>Neither class nor id: most elements, which callers asking every element answer without building a string.</summary>
    public static bool IsBare(IElement element) => string.IsNullOrEmpty(element.GetAttribute(null, "class")) && string.IsNullOrEmpty(element.Id);
}
