using System.Text;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Tests.Engine.Digests;

/// <summary>
/// A large invented corpus for the composer's cost: words made of syllables with a skewed frequency (as in real text),
/// articles spread over many feeds, and topics with word, OR, exclusion, prefix and phrase queries.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] Syllables = ["ka", "lo", "mer", "tin", "sa", "vo", "ri", "dun", "pel", "an", "ost", "ru", "be", "quil", "ny", "zar"];
    private readonly Random _random = new(20261130);
    private readonly string[] _vocabulary;

    public SyntheticCorpus(int vocabularySize = 6000)
    {
        _vocabulary = [.. Enumerable.Range(0, vocabularySize).Select(Word)];
    }

    public static string Feed(int i) => $"https://outlet{i}.example/feed";

    /// <summary><paramref name="count"/> articles, one every <paramref name="interval"/> from <paramref name="from"/>, round robin over the feeds.</summary>
    public List<StoredArticle> Articles(int count, int feeds, DateTimeOffset from, TimeSpan interval, int textWords = 300)
    {
        var articles = new List<StoredArticle>(count);
        for (var i = 0; i < count; i++)
        {
            var feed = Feed(i % feeds);
            var url = $"https://outlet{i % feeds}.example/news/{i}";
            var article = new ArticleRecord
            {
                Identity = new ArticleIdentity(feed, url, url),
                Title = Sentence(8),
                Outlet = $"Outlet {i % feeds}",
                PublishedAt = from + (interval * i),
                Text = Sentence(textWords),
                Quotes = [new StoredQuote(Sentence(12), "Ada Quillan"), new StoredQuote(Sentence(10), "Bram Osterly")],
                Language = i % 10 == 0 ? null : "en",
            };
            articles.Add(new StoredArticle(i + 1, from + (interval * i), $"h{i}", article));
        }
        return articles;
    }

    public List<Topic> Topics(int count, int feeds, DateTimeOffset createdAt)
    {
        string[] shapes = ["{0}", "{0} OR {1}", "{0} -{1}", "{0}*", "\"{0} {1}\" OR {2}", "{0} {1}"];
        return [.. Enumerable.Range(1, count).Select(i => new Topic
        {
            Id = i,
            Name = $"Topic {i}",
            Query = string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[i % shapes.Length], MidWord(), MidWord(), MidWord()),
            ChannelId = "100",
            Schedule = "daily 08:00",
            Language = i % 2 == 0 ? "en" : null,
            Feeds = [.. Enumerable.Range(0, 4).Select(_ => Feed(_random.Next(feeds)))],
            CreatedAt = createdAt,
        })];
    }

    // Squaring a uniform number favours the first words, so some are common and most are rare.
    private string Sentence(int words)
    {
        var text = new StringBuilder(words * 8);
        for (var w = 0; w < words; w++)
        {
            var u = _random.NextDouble();
            text.Append(_vocabulary[(int)(u * u * u * _vocabulary.Length)]).Append(w % 12 == 11 ? ". " : " ");
        }
        return text.ToString();
    }

    private string MidWord() => _vocabulary[_random.Next(300, 2000)];

    private static string Word(int n)
    {
        var word = new StringBuilder();
        do
        {
            word.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }
        while (n > 0);
        return word.ToString();
    }
}
