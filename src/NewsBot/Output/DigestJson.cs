using NewsBot.Core.Digests;

namespace NewsBot.Output;

/// <summary>The JSON of <c>digest --json</c>: stories with quotes in the <see cref="QuoteJson"/> shape.</summary>
internal sealed record DigestJson(IReadOnlyList<DigestJson.Story> Stories)
{
    public static DigestJson From(IEnumerable<DigestStory> stories) => new(stories.Select(s => new Story(
        s.Title, s.Url, s.Source, s.Published,
        s.Analysis.Quotes.Select(QuoteJson.From).ToList(), s.Analysis.KeySentences, s.FromExcerpt)).ToList());

    internal sealed record Story(
        string Title,
        string? Url,
        string? Source,
        DateTimeOffset? Published,
        IReadOnlyList<QuoteJson> Quotes,
        IReadOnlyList<string> KeySentences,
        bool FromExcerpt);
}
