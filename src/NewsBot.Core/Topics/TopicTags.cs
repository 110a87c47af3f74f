namespace NewsBot.Core.Topics;

/// <summary>
/// A topic's forum tags as a moderator or the settings give them: comma-separated names, at most <see cref="MaxTags"/>
/// (Discord applies at most five tags to a post), each at most <see cref="MaxNameLength"/> characters (Discord's limit
/// for a tag name). Stored as the same comma-separated text.
/// </summary>
public static class TopicTags
{
    public const int MaxTags = 5;
    public const int MaxNameLength = 20;

    /// <summary>The names, trimmed, empty ones and case-insensitive repeats dropped; null with <paramref name="error"/> when invalid.</summary>
    public static IReadOnlyList<string>? TryParse(string? text, out string? error)
    {
        var names = Names(text);
        error = Problem(names, out var culprit) switch
        {
            TopicTagProblem.TooMany => $"a topic takes at most {MaxTags} tags (Discord applies at most {MaxTags} to a post)",
            TopicTagProblem.TooLong => $"the tag \"{culprit}\" is longer than {MaxNameLength} characters",
            TopicTagProblem.ControlCharacters => "tags can't contain line breaks or control characters",
            _ => null,
        };
        return error is null ? names : null;
    }

    /// <summary>What is wrong with the tags as typed, for a reply in the reader's own words; <paramref name="culprit"/> is a tag too long.</summary>
    public static TopicTagProblem Problem(string? text, out string? culprit) => Problem(Names(text), out culprit);

    private static TopicTagProblem Problem(List<string> names, out string? culprit)
    {
        culprit = names.FirstOrDefault(n => n.Length > MaxNameLength);
        if (names.Count > MaxTags)
            return TopicTagProblem.TooMany;
        if (culprit is not null)
            return TopicTagProblem.TooLong;
        return names.Any(n => n.Any(char.IsControl)) ? TopicTagProblem.ControlCharacters : TopicTagProblem.None;
    }

    private static List<string> Names(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).DistinctBy(n => n.ToUpperInvariant())];

    public static string Write(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return string.Join(",", tags);
    }

    /// <summary>Stored text back to names; what cannot be valid any more is cut, never thrown.</summary>
    public static IReadOnlyList<string> Read(string? stored) =>
        TryParse(stored, out _) ?? [.. (stored ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(n => n.Length <= MaxNameLength).Take(MaxTags)];
}
