using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The posts of a discussion: elements marked as one (microdata Comment/Answer/posting, data-author, forum
/// software's post classes) that hold text, outermost first, in document order (so only the last post found can hold the next candidate).
/// </summary>
internal static class ForumPosts
{
    private const int MinimumPostChars = 2;

    private static readonly HashSet<string> PostClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "message", "comment", "reply", "answer", "question", "crawler-post", "topic-post", "postbit", "postbody",
        "forum-post", "discussion-post", "message--post", "js-post", "bbpost", "cooked",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostClassNames = PostClasses.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] PostItemTypes = ["Comment", "Answer", "Question", "DiscussionForumPosting", "SocialMediaPosting"];

    public static List<IElement> Find(IElement body, ExcludedNodes excluded)
    {
        var posts = new List<IElement>();
        foreach (var element in excluded.WalkElements(body))
        {
            if (IsPost(element) && !(posts.Count > 0 && posts[^1].Contains(element)) && DomText.Scan(element, 50, static text => text.Length) >= MinimumPostChars)
            {
                posts.Add(element);
            }
        }

        return posts;
    }

    public static bool IsPost(IElement element)
    {
        if (element.LocalName is "span" or "a" or "li" or "time" or "img")
        {
            return false;
        }

        if (element.HasAttribute(null, "data-author") || element.HasAttribute(null, "data-post-id"))
        {
            return true;
        }

        if (element.GetAttribute(null, "itemtype") is { } itemType && NamesPostType(itemType))
        {
            return true;
        }

        if (element.GetAttribute(null, "class") is not { Length: > 0 and < 300 } classes)
        {
            return false;
        }

        // Asked of every element of the page: the class list is read in place.
        var names = classes.AsSpan();
        foreach (var range in names.Split(' '))
        {
            if (PostClassNames.Contains(names[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A loop, not a lambda: a lambda's captured item type cost every element of every page a closure.</summary>
    private static bool NamesPostType(string itemType)
    {
        foreach (var type in PostItemTypes)
        {
            if (itemType.Length > type.Length && itemType.EndsWith(type, StringComparison.Ordinal) && itemType[^(type.Length + 1)] == '/')
            {
                return true;
            }
        }

        return false;
    }
}
