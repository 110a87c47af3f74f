using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Presentation;

/// <summary>Counts embeds as Discord does and groups them into messages that stay within the per-message limits.</summary>
public static class EmbedBudget
{
    /// <summary>Title, description, field names and values, footer text and author name, each trimmed.</summary>
    public static int Length(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var length = Trimmed(embed.Title) + Trimmed(embed.Description) + Trimmed(embed.Footer?.Text) + Trimmed(embed.Author?.Name);
        foreach (var field in embed.Fields ?? [])
            length += Trimmed(field.Name) + Trimmed(field.Value);
        return length;
    }

    /// <summary>Greedy, in order: a message takes embeds until the next would pass 10 embeds or 6000 characters.</summary>
    public static IReadOnlyList<IReadOnlyList<Embed>> Split(IReadOnlyList<Embed> embeds)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        var messages = new List<IReadOnlyList<Embed>>();
        var current = new List<Embed>();
        var total = 0;
        foreach (var embed in embeds)
        {
            var length = Length(embed);
            if (length > MessageLimits.EmbedTotal)
                throw new ArgumentException($"an embed of {length} characters cannot fit any message", nameof(embeds));
            if (current.Count == MessageLimits.Embeds || total + length > MessageLimits.EmbedTotal)
            {
                messages.Add(current);
                current = [];
                total = 0;
            }
            current.Add(embed);
            total += length;
        }
        if (current.Count > 0)
            messages.Add(current);
        return messages;
    }

    private static int Trimmed(string? text) => text?.Trim().Length ?? 0;
}
