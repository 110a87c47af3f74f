using Microsoft.Extensions.Options;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Stories;

namespace NewsBot.Engine.Digests;

/// <summary>
/// A topic's digest stories for a window: Core's <see cref="DigestSelector"/> chooses and groups the articles, the
/// story builder turns each into a story with its key quotes. Given the stories earlier digests delivered, an article
/// reporting one of them updates it instead of making a new story.
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
        return selected.Select(s => StoryBuilder.FromStored(s.Article, s.AlsoIn, options.Value.MaxQuotesPerStory, s.Members)).ToList();
    }

    /// <summary>The window's stories, matched against <paramref name="earlier"/> stories of the topic first.</summary>
    /// <exception cref="FormatException">The topic's query does not parse (topics are checked when saved).</exception>
    public async Task<ComposedDigest> ComposeAsync(
        Topic topic, DateTimeOffset windowStart, DateTimeOffset windowEnd, IReadOnlyList<RememberedStory> earlier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var states = earlier.Select(e => (Story: e, State: StoryState.TryRead(e.State))).Where(e => e.State is not null).ToDictionary(e => e.Story.Id);
        var remembered = states.Values.Select(e => new EarlierStory(e.Story.Id, e.State!.Members)).ToList();
        var selection = await _selector.SelectAsync(topic, windowStart, windowEnd, remembered, cancellationToken);
        var maxQuotes = options.Value.MaxQuotesPerStory;
        var stories = selection.Stories
            .Select(s => new FreshStory(StoryBuilder.FromStored(s.Article, s.AlsoIn, maxQuotes, s.Members), StoryState.Delivered(s, maxQuotes)))
            .ToList();
        var updates = selection.Joins
            .Select(j =>
            {
                var (story, state) = states[j.StoryId];
                var (revised, visible) = StoryCoverage.Add(state!, j.Articles, j.Candidates);
                return new StoryUpdate(story, revised, visible);
            })
            .ToList();
        return new ComposedDigest(stories, updates);
    }
}
