using System.Buffers;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>The class and id words that name page furniture or content, and how a hint's words are read against them.</summary>
internal static class HintVocabulary
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

    /// <summary>
    /// Reads "article-share_bar ShareTools" word by word in lower case, each word joined ("articlesharebar") and in its
    /// parts ("article", "share", "bar"), without building a string: asked once of every named element of every page.
    /// </summary>
    public static HintKinds Classify(IElement element)
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

    /// <summary>The article-body test of <see cref="Classify"/> alone: a word, lower case, without hyphens and underscores.</summary>
    public static bool NamesBodyWord(ReadOnlySpan<char> hint)
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
}
