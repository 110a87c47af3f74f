namespace NewsBot.Discord.Models;

/// <summary>GET /gateway/bot.</summary>
public sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";
    public int Shards { get; init; } = 1;
    public SessionStartLimit? SessionStartLimit { get; init; }
}
