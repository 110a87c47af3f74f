using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// A question-and-answer thread marked with schema.org microdata (Stack Exchange and the software like it): its text
/// is the question's and the answers' bodies (<c>itemprop="text"</c>), without the comments under them, the vote
/// counts, the tags and the user cards. An FAQ marks its answers too but gives its questions no body of their own,
/// so a thread needs a question's body.
/// </summary>
internal static class QuestionAnswerBodies
{
    public static List<IElement> Find(IElement region, ExcludedNodes excluded)
    {
        var bodies = new List<IElement>();
        var askedQuestion = false;
        foreach (var element in excluded.WalkElements(region))
        {
            if (!string.Equals(element.GetAttribute(null, "itemprop"), "text", StringComparison.Ordinal) || (bodies.Count > 0 && bodies[^1].Contains(element)))
            {
                continue;
            }

            switch (OwnerType(element))
            {
                case "Question":
                    askedQuestion = true;
                    bodies.Add(element);
                    break;
                case "Answer":
                    bodies.Add(element);
                    break;
            }
        }

        return askedQuestion ? bodies : [];
    }

    /// <summary>The schema.org type of the nearest item around the element ("Comment" for a comment's text).</summary>
    private static string? OwnerType(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.GetAttribute(null, "itemtype") is { } itemType)
            {
                return itemType[(itemType.LastIndexOf('/') + 1)..];
            }
        }

        return null;
    }
}
