using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>What an element's class and id say about it: page furniture, or likely article content.</summary>
internal static class ElementHints
{
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
            : HintVocabulary.NamesBodyWord(HintSpan.Write(element, stackalloc char[ExtractionLimits.MaxHintChars]));
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
            return HintVocabulary.Classify(element);
        }

        var known = (HintKinds)index.HintKinds[position];
        if (known == HintKinds.None)
        {
            known = HintVocabulary.Classify(element) | HintKinds.Known;
            index.HintKinds[position] = (byte)known;
        }

        return known;
    }

    /// <summary>Neither class nor id: most elements, which callers asking every element answer without building a string.</summary>
    public static bool IsBare(IElement element) => string.IsNullOrEmpty(element.GetAttribute(null, "class")) && string.IsNullOrEmpty(element.Id);
}
