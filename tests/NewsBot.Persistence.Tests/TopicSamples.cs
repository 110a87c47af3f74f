using NewsBot.Core.Topics;

namespace NewsBot.Persistence.Tests;

/// <summary>An invented community and its topic, shared by the topic store tests.</summary>
internal static class TopicSamples
{
    public const string Guild = "700000000000000001";
    public const string OtherGuild = "700000000000000002";
    public const string Moderator = "500000000000000042";

    public static Topic HarbourNews() => new()
    {
        Name = "Harbour News",
        GuildId = Guild,
        ChannelId = "900000000000000001",
        Schedule = "daily 08:00",
        Feeds = ["https://lakeside-courier.example/rss", "https://harbour-gazette.example/feed", "https://aa-first.example/rss"],
    };
}
