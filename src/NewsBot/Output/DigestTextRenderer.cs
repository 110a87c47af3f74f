using NewsBot.Core.Digests;

namespace NewsBot.Output;

/// <summary>The digest as a person reads it in a terminal.</summary>
internal static class DigestTextRenderer
{
    public static void Write(TextWriter output, IReadOnlyList<DigestStory> stories)
    {
        if (stories.Count == 0)
        {
            output.WriteLine("No stories in these feeds.");
            return;
        }
        output.WriteLine($"NewsBot digest: {stories.Count} {(stories.Count == 1 ? "story" : "stories")}");
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            output.WriteLine();
            output.WriteLine($"{i + 1}. {story.Title}");
            var excerpt = story.FromExcerpt ? " · from the excerpt" : string.Empty;
            output.WriteLine($"   {story.Source ?? "unknown outlet"} · {TextRendering.Time(story.Published)}{excerpt}");
            if (story.Url is not null)
                output.WriteLine($"   {story.Url}");
            TextRendering.WriteHighlights(output, story.Analysis, "   ");
        }
    }
}
