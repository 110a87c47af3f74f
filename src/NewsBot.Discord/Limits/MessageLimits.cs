using NewsBot.Discord.Models;

namespace NewsBot.Discord.Limits;

/// <summary>
/// Discord's message limits, checked before anything is sent so an over-limit message fails loudly in our code
/// instead of as a 400 from Discord. Lengths count UTF-16 units after trimming, which never undercounts.
/// </summary>
public static class MessageLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;
    public const int EmbedUrl = 2048;
    public const int EmbedTotal = 6000;
    public const int AutocompleteChoices = 25;
    public const int Nonce = 25;

    public static void ThrowIfInvalid(string? content, IReadOnlyList<Embed>? embeds)
    {
        var violations = Check(content, embeds);
        if (violations.Count > 0)
            throw new MessageLimitException(violations);
    }

    /// <summary>
    /// A nonce is only worth sending when Discord can dedupe on it: an over-long one is a 400, and enforce_nonce without one
    /// would silently give up the exactly-once guarantee the caller asked for.
    /// </summary>
    public static IReadOnlyList<string> CheckNonce(string? nonce, bool? enforceNonce)
    {
        if (nonce is { Length: > Nonce })
            return [$"nonce: {nonce.Length} characters, at most {Nonce}"];
        if (enforceNonce == true && string.IsNullOrEmpty(nonce))
            return ["enforce_nonce: needs a nonce"];
        return [];
    }

    public static IReadOnlyList<string> Check(string? content, IReadOnlyList<Embed>? embeds)
    {
        var violations = new List<string>();
        Max(violations, "content", content, Content);
        if (embeds is null)
            return violations;
        if (embeds.Count > Embeds)
            violations.Add($"embeds: {embeds.Count} embeds, at most {Embeds}");
        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
            total += CheckEmbed(violations, $"embeds[{i}]", embeds[i]);
        if (total > EmbedTotal)
            violations.Add($"embeds: {total} characters across all embeds, at most {EmbedTotal}");
        return violations;
    }

    private static int CheckEmbed(List<string> violations, string path, Embed embed)
    {
        var total = Max(violations, $"{path}.title", embed.Title, EmbedTitle)
            + Max(violations, $"{path}.description", embed.Description, EmbedDescription)
            + Max(violations, $"{path}.footer.text", embed.Footer?.Text, FooterText)
            + Max(violations, $"{path}.author.name", embed.Author?.Name, AuthorName);
        Max(violations, $"{path}.url", embed.Url, EmbedUrl);
        var fields = embed.Fields ?? [];
        if (fields.Count > EmbedFields)
            violations.Add($"{path}.fields: {fields.Count} fields, at most {EmbedFields}");
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(fields[i].Name) || string.IsNullOrWhiteSpace(fields[i].Value))
                violations.Add($"{path}.fields[{i}]: name and value are required");
            total += Max(violations, $"{path}.fields[{i}].name", fields[i].Name, FieldName)
                + Max(violations, $"{path}.fields[{i}].value", fields[i].Value, FieldValue);
        }
        return total;
    }

    private static int Max(List<string> violations, string path, string? text, int limit)
    {
        var length = text?.Trim().Length ?? 0;
        if (length > limit)
            violations.Add($"{path}: {length} characters, at most {limit}");
        return length;
    }
}
