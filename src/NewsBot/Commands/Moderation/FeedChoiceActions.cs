namespace NewsBot.Commands.Moderation;

/// <summary>The custom-id prefixes of the feed select menus; the router sends each to its handler by them.</summary>
internal static class FeedChoiceActions
{
    public const string Add = "feed-add";
    public const string Test = "feed-test";
}
