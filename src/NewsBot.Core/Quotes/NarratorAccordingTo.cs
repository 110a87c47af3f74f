namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…and clear the eye.” And that protects the body, according to Harbour Health.`: after a quote that closes its own
/// sentence, a new sentence with `according to` inside it sources the writer's own claim, not the quote before it, which
/// stays with the speaker who has the floor.
/// </summary>
internal static class NarratorAccordingTo
{
    public static bool SourcesNarration(string text, QuotedSegment segment, List<Word> tail)
    {
        if (segment.IsOpenEnded || tail.Count < 3 || !char.IsUpper(tail[0].Text[0]))
        {
            return false;
        }

        var content = text.AsSpan(segment.Content.Start, segment.Content.Length).TrimEnd();
        return content.Length > 0 && content[^1] is ('.' or '!' or '?') && tail.FindIndex(w => w.Lower == "according") > 1;
    }
}
