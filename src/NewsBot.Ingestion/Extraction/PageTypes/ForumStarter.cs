using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Who started a thread: the author of its first post, as forum software marks it (a data-author attribute, a
/// username or author element inside the post). A thread's byline is its starter, not whoever the page's
/// metadata or the last reply names.
/// </summary>
internal static class ForumStarter
{
    private const int MaxNameChars = 60;
    private const int MaxScannedElements = 300;

    private static readonly string[] NameAttributes = ["data-author", "data-username", "data-user-name"];

    private static readonly HashSet<string> NameClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "username", "user-name", "author", "author-name", "postauthor", "post-author", "poster", "postuser-name", "name-author",
    };

    public static string? Find(IElement body)
    {
        if (ForumPosts.Find(body, new ExcludedNodes()) is not [var first, ..])
        {
            return null;
        }

        foreach (var element in DomWalker.DescendantElements(first, MaxScannedElements).Prepend(first))
        {
            if (NameAttributes.Select(element.GetAttribute).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } named)
            {
                return BylineCleaner.Clean(named);
            }

            if (IsNameElement(element) && DomText.Of(element, MaxNameChars + 1) is { Length: > 0 and <= MaxNameChars } shown)
            {
                return BylineCleaner.Clean(shown);
            }
        }

        return null;
    }

    private static bool IsNameElement(IElement element) =>
        element.GetAttribute(null, "class") is { Length: > 0 and < 300 } classes
        && classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameClasses.Contains);
}
