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
        error = null;
        var names = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .DistinctBy(n => n.ToUpperInvariant())
            .ToList();
        if (names.Count > MaxTags)
            error = $"a topic takes at most {MaxTags} tags (Discord applies at most {MaxTags} to a post)";
        else if (names.FirstOrDefault(n => n.Length > MaxNameLength) is { } tooLong)
            error = $"the tag \"{tooLong}\" is longer than {MaxNameLength} characters";
        else if (names.Any(n => n.Any(char.IsControl)))
            error = "tags can't contain line breaks or control characters";
        return error is null ? names : null;
    }

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
