using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Engine.Stories;

namespace NewsBot.Cli.Verbs;

/// <summary>One story of a <see cref="DigestSample"/>.</summary>
internal sealed record SampleStory
{
    public string Title { get; init; } = "";
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Byline { get; init; }
    public string? Image { get; init; }
    public IReadOnlyList<SampleQuote> Quotes { get; init; } = [];
    public IReadOnlyList<SampleOutlet> AlsoIn { get; init; } = [];

    public CoveredStory Covered()
    {
        var quotes = Quotes.Select(q => new Quote(q.Text, 0, q.Text.Length) { Speaker = q.Speaker, SpeakerRole = q.Role, IsKey = true }).ToList();
        var story = new DigestStory(Title, Url, Outlet, Published, new QuoteAnalysis(quotes, [])) { Byline = Byline, Image = Image };
        return new CoveredStory(story, [.. AlsoIn.Select(o => o.Outlet)]) { AlsoInLinks = AlsoIn.ToDictionary(o => o.Outlet, o => o.Url) };
    }
}
