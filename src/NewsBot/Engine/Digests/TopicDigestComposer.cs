using Microsoft.Extensions.Options;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Stories;

namespace NewsBot.Engine.Digests;

/// <summary>
/// A topic's digest stories for a window: Core's <see cref="DigestSelector"/> chooses and groups the articles, the
/// story builder turns each into a story with its key quotes.
/// </summary>
public sealed class TopicDigestComposer(IArticleStore articles, IOptions<DigestOptions> options)
{
    private readonly DigestSelector _selector = new(articles);

    internal int AnalysedArticles => _selector.AnalysedArticles;

    /// <exception cref="FormatException">The topic's query does not parse (topics are checked when saved).</exception>
    public async Task<IReadOnlyList<CoveredStory>> ComposeAsync(
        Topic topic, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        var selected = await _selector.SelectAsync(topic, windowStart, windowEnd, cancellationToken);
        return selected.Select(s => StoryBuilder.FromStored(s.Article, s.AlsoIn, options.Value.MaxQuotesPerStory)).ToList();
    }
}
