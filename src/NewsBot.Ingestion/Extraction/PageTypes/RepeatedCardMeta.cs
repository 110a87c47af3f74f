using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Rules out the meta line every card of a listing repeats ("12 points by someone 3 hours ago | hide | discuss",
/// "84 reactions", "Rate this book"): a reader of the list keeps each item's title and teaser.
/// A meta line is known by its shape, not its words: the same place in most cards of one run of sibling cards, short,
/// holding no title link or heading, made mostly of numbers and of words most of the cards' lines at that place
/// share (the user names, counts and dates between them vary), and naming an action ("hide", "reply", "reactions"):
/// the truth keeps the ratings, prices and places that repeat under each title.
/// </summary>
internal static partial class RepeatedCardMeta
{
    /// <summary>
    /// Words of the actions on a card's meta line. Not "read" ("Read the full story" is a teaser's link the truth keeps),
    /// nor sale terms ("Sale price $19.99": shops' truth keeps prices).
    /// </summary>
    private static readonly HashSet<string> MetaWords = new(StringComparer.Ordinal)
    {
        "hide", "past", "discuss", "comment", "comments", "reply", "replies", "reaction", "reactions", "share", "save", "like", "likes",
        "rate", "sponsor", "star", "follow", "report", "flag", "favorite", "favourite",
        "points", "point", "votes", "upvote", "downvote",
    };

    private const int MinimumCards = 5;
    private const double ShareOfCards = 0.6;
    private const int MaxMetaChars = 100;
    private const int MinimumTitleChars = 15;
    private const int MaxCardScanNodes = 300;

    /// <summary>A word counts as the line's skeleton when this share of the cards' lines at its place hold it.</summary>
    private const double SkeletonWordShare = 0.5;

    /// <summary>This share of a line's words must be skeleton words or numbers.</summary>
    private const double SkeletonShareOfLine = 0.6;

    public static void Exclude(IEnumerable<IElement> roots, ExcludedNodes excluded)
    {
        var found = new List<IElement>();
        foreach (var root in roots)
        {
            foreach (var parent in excluded.Walk(root).OfType<IElement>())
            {
                if (parent.ChildElementCount < MinimumCards)
                {
                    continue;
                }

                foreach (var cards in DomWalker.ChildElements(parent).Where(c => !excluded.Contains(c)).GroupBy(Signature).Where(g => g.Count() >= MinimumCards))
                {
                    found.AddRange(MetaLines(cards.ToList(), excluded));
                }
            }
        }

        found.ForEach(excluded.Add);
    }

    private static IEnumerable<IElement> MetaLines(List<IElement> cards, ExcludedNodes excluded)
    {
        var lines = cards.SelectMany(card => ShortLines(card, card, "", excluded)).GroupBy(line => line.Place);
        foreach (var place in lines)
        {
            var perCard = place.ToList();
            if (perCard.Select(l => l.Card).Distinct().Count() < Math.Max(MinimumCards, cards.Count * ShareOfCards))
            {
                continue;
            }

            var skeleton = perCard.SelectMany(l => l.Words.Distinct()).GroupBy(w => w)
                .Where(g => g.Count() >= perCard.Count * SkeletonWordShare).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var line in perCard.Where(l => IsMeta(l.Words, skeleton)))
            {
                yield return line.Element;
            }
        }
    }

    private static bool IsMeta(List<string> words, HashSet<string> skeleton)
    {
        // Shape alone also drops the ratings, prices and places the truth keeps under each title (WCXB tune listing 0.745 -> 0.737):
        // the lines a reader skips name an action.
        return words.Any(MetaWords.Contains) && words.Count(w => w == "#" || skeleton.Contains(w)) >= words.Count * SkeletonShareOfLine;
    }

    /// <summary>The outermost short elements of a card that hold no title link or heading, each with its place in the card.</summary>
    private static IEnumerable<Line> ShortLines(IElement card, IElement element, string place, ExcludedNodes excluded, int depth = 0)
    {
        var text = DomText.Of(element, MaxMetaChars + 1).Trim();
        if (text.Length == 0 || depth > 8)
        {
            yield break;
        }

        if (text.Length <= MaxMetaChars && !HoldsTitle(element))
        {
            yield return new Line(card, element, place, Skeleton(text));
            yield break;
        }

        foreach (var child in DomWalker.ChildElements(element).Where(c => !excluded.Contains(c)).Take(MaxCardScanNodes))
        {
            var (tag, firstClass) = Signature(child);
            foreach (var line in ShortLines(card, child, $"{place}/{tag}.{firstClass}", excluded, depth + 1))
            {
                yield return line;
            }
        }
    }

    private static bool HoldsTitle(IElement element) =>
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        || element.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Length > 0
        || (element.LocalName == "a" ? [element] : element.QuerySelectorAll("a[href]").AsEnumerable())
            .Any(a => DomText.Of(a, MinimumTitleChars).Trim().Length >= MinimumTitleChars);

    /// <summary>The line's words, lower case, every token with a digit one "#".</summary>
    private static List<string> Skeleton(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.Any(char.IsDigit) ? "#" : m.Value.ToLowerInvariant()).ToList();

    private static (string Tag, string FirstClass) Signature(IElement element)
    {
        var classes = element.GetAttribute("class")?.Trim(' ') ?? "";
        var space = classes.IndexOf(' ', StringComparison.Ordinal);
        return (element.LocalName, space < 0 ? classes : classes[..space]);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.,:'’-]*")]
    private static partial Regex WordPattern();

    private sealed record Line(IElement Card, IElement Element, string Place, List<string> Words);
}
