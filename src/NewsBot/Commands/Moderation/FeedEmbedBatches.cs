using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Commands.Moderation;

/// <summary>Embeds packed into as few messages as Discord allows (10 embeds and 6000 characters of embed text each).</summary>
internal static class FeedEmbedBatches
{
    public static IReadOnlyList<MessagePayload> Pack(string content, IReadOnlyList<Embed> embeds)
    {
        var messages = new List<MessagePayload>();
        var batch = new List<Embed>();
        var size = 0;
        foreach (var embed in embeds)
        {
            var length = Length(embed);
            if (batch.Count > 0 && (batch.Count == MessageLimits.Embeds || size + length > MessageLimits.EmbedTotal))
            {
                messages.Add(new MessagePayload { Content = messages.Count == 0 ? content : null, Embeds = batch });
                (batch, size) = ([], 0);
            }
            batch.Add(embed);
            size += length;
        }
        messages.Add(new MessagePayload { Content = messages.Count == 0 ? content : null, Embeds = batch });
        return messages;
    }

    /// <summary>The characters Discord counts toward the 6000 of a message.</summary>
    public static int Length(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
            + (embed.Author?.Name.Length ?? 0) + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
    }
}
