using NewsBot.Engine.Stories;

namespace NewsBot.Commands;

/// <summary>An article's key quotes ready to show, or the one line saying why there are none.</summary>
public sealed record QuotedArticle(CoveredStory? Story, string? Error)
{
    public static QuotedArticle Failed(string error) => new(null, error);
}
