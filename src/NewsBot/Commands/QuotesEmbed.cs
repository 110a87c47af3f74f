using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>/quotes' answer: the digest's story embed (linked title, quote lines, outlet and time) with the byline on top.</summary>
internal static class QuotesEmbed
{
    public static Embed Build(QuotedArticle quoted)
    {
        ArgumentNullException.ThrowIfNull(quoted.Story);
        var embed = StoryEmbed.Build(quoted.Story);
        return string.IsNullOrWhiteSpace(quoted.Byline)
            ? embed
            : embed with { Author = new EmbedAuthor(DisplayText.Plain(quoted.Byline, MessageLimits.AuthorName)) };
    }
}
