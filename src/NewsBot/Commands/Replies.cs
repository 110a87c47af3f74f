using NewsBot.Discord.Models;

namespace NewsBot.Commands;

/// <summary>Reply payloads shared by the commands (the Discord client sends every message with pings off).</summary>
internal static class Replies
{
    public static MessagePayload Ephemeral(string content) =>
        new() { Content = content, Flags = MessageFlags.Ephemeral };

    public static MessagePayload Public(Embed embed) =>
        new() { Embeds = [embed] };

    /// <summary>Discord's relative timestamp, e.g. "in 40 seconds", shown in each reader's own words.</summary>
    public static string Relative(DateTimeOffset at) => $"<t:{at.ToUnixTimeSeconds()}:R>";
}
